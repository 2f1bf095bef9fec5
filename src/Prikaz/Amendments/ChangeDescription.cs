using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Amendments;

/// <summary>One line under a change: a field, its value before (null for an addition) and after (null when it went).</summary>
internal sealed record ChangeLine(string Label, string? Old, string? New);

/// <summary>
/// A change in the words the Russian reports print: a headline («мероприятие 3.1 исключить») and the
/// fields it touches, with values as the clerk reads them (party names, not ids; deadlines as written).
/// </summary>
internal sealed record ChangeDescription(string Headline, IReadOnlyList<ChangeLine> Lines)
{
    public static ChangeDescription Of(Change change, OrderFile old, OrderFile @new)
    {
        var oldColumns = old.Roadmap?.Columns ?? [];
        var newColumns = @new.Roadmap?.Columns ?? [];
        switch (change.Op)
        {
            case ChangeOp.ReplaceWords:
                var field = ChangeWording.Field(change.Field!, change.Unit, oldColumns);
                var words = $"{Words(change.OldText!, "слово", "слова")} «{change.OldText}»";
                return new ChangeDescription(change.NewText is { Length: > 0 } replacement
                    ? $"{ChangeWording.Target(change, oldColumns)}, {field}: {words} заменить {Words(replacement, "словом", "словами")} «{replacement}»"
                    : $"{ChangeWording.Target(change, oldColumns)}, {field}: {words} исключить", []);
            case ChangeOp.Exclude:
                var how = change.New is null ? "удалено из файла" : Display("excluded", change.New, old);
                var signedText = MainText(change.Old) is { } text ? $" «{text}»" : string.Empty;
                return new ChangeDescription($"{ChangeWording.Accusative(change, oldColumns)}{signedText} исключить ({how})", []);
            case ChangeOp.Restate when change.Field is null:
                return new ChangeDescription($"{ChangeWording.Accusative(change, oldColumns)} изложить в новой редакции",
                    Members(change, change.Old, change.New, old, @new, newColumns));
            case ChangeOp.Restate:
                return new ChangeDescription($"{ChangeWording.Target(change, oldColumns)}, {ChangeWording.Field(change.Field, change.Unit, oldColumns)}: изложить в новой редакции",
                    [new ChangeLine(ChangeWording.Field(change.Field, change.Unit, oldColumns), Display(change.Field, change.Old, old), Display(change.Field, change.New, @new))]);
            default:
                var place = change.After is null ? string.Empty : change.Unit == ChangeUnit.Column
                    ? $" после графы «{oldColumns.FirstOrDefault(c => c.Key == change.After)?.Title ?? change.After}»"
                    : $" после {change.After}";
                return new ChangeDescription($"дополнить {ChangeWording.Instrumental(change, newColumns)}{place}", Members(change, null, change.New, old, @new, newColumns));
        }
    }

    /// <summary>The members that differ between two versions of a unit, or all members of an added one.</summary>
    private static List<ChangeLine> Members(Change change, JsonNode? before, JsonNode? after, OrderFile old, OrderFile @new, IReadOnlyList<Column> columns)
    {
        var oldMembers = Flatten(before as JsonObject);
        var newMembers = Flatten(after as JsonObject);
        var lines = new List<ChangeLine>();
        foreach (var key in oldMembers.Keys.Concat(newMembers.Keys).Distinct(StringComparer.Ordinal))
        {
            var (o, n) = (oldMembers.GetValueOrDefault(key), newMembers.GetValueOrDefault(key));
            if (key == "id" || (before is not null && JsonNode.DeepEquals(o, n)))
            {
                continue;
            }

            var label = key == UnitJson.Items ? "мероприятия" : key == UnitJson.Points ? "подпункты" : ChangeWording.Field(key, change.Unit, columns);
            lines.Add(new ChangeLine(label, before is null ? null : Display(key, o, old), Display(key, n, @new)));
        }

        return lines;
    }

    /// <summary>The members of a unit, with an item's custom cells as members of their own.</summary>
    private static Dictionary<string, JsonNode?> Flatten(JsonObject? unit)
    {
        var members = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in unit ?? [])
        {
            if (key == "custom" && value is JsonObject custom)
            {
                foreach (var (column, cell) in custom)
                {
                    members[column] = cell;
                }
            }
            else
            {
                members[key] = value;
            }
        }

        return members;
    }

    private static string? MainText(JsonNode? unit) =>
        unit is JsonObject obj ? UnitJson.Text(obj["activity"] ?? obj["title"] ?? obj["text"] ?? obj["name"]) : null;

    /// <summary>A value as printed: parties by name, deadlines and schedules joined, an order as «приказ от … № …».</summary>
    public static string Display(string member, JsonNode? value, OrderFile file)
    {
        switch (value)
        {
            case null:
                return "—";
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return v.GetValue<string>();
            case JsonObject o when o["date"] is not null && o["number"] is not null && o.Count == 2:
                return $"приказ {EditionNames.Requisites(new Edition { Date = DateOnly.ParseExact(UnitJson.Text(o["date"])!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Number = UnitJson.Text(o["number"]) ?? o["number"]!.ToJsonString() })}";
            case JsonArray a when member is "responsible" or "targetGroup":
                return string.Join(", ", a.Select(reference => Party(reference, file)));
            case JsonArray a when member == "schedule":
                return string.Join("; ", a.OfType<JsonObject>().Select(row => $"{UnitJson.Text(row["activity"])} — {Display("deadline", row["deadline"], file)}"));
            case JsonArray a when member == UnitJson.Items:
                return string.Join("; ", a.OfType<JsonObject>().Select(item => UnitJson.Text(item["activity"])));
            case JsonArray a when member == UnitJson.Points:
                return string.Join("; ", a.OfType<JsonObject>().Select(point => UnitJson.Text(point["text"])));
            case JsonArray a when a.All(e => UnitJson.Text(e) is not null):
                return string.Join("; ", a.Select(UnitJson.Text));
            default:
                return value.ToJsonString(ReadableJson);
        }
    }

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Party(JsonNode? reference, OrderFile file)
    {
        if (UnitJson.Text(reference) is { } id)
        {
            return file.Parties.TryGetValue(id, out var party) ? party.Name : id;
        }

        var obj = reference as JsonObject;
        var name = UnitJson.Text(obj?["party"]) is { } partyId ? (file.Parties.TryGetValue(partyId, out var p) ? p.Name : partyId) : UnitJson.Text(obj?["text"]);
        return UnitJson.Text(obj?["note"]) is { } note ? $"{name} {note}" : name ?? string.Empty;
    }

    private static string Words(string text, string one, string many) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == 1 ? one : many;
}
