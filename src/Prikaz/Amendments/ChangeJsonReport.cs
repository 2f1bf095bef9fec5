using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Prikaz.Amendments;

/// <summary>
/// The change list as JSON — a stable contract for scripts (README, «prikaz diff»):
/// <c>{"old", "new", "signed", "editions", "changes": [{"op", "unit", locator, "field", "old", "new", "after"?}], "diagnostics"}</c>.
/// The locator names the unit: <c>"item"</c> and its <c>"section"</c>, <c>"section"</c>, <c>"point"</c> and
/// its <c>"parent"</c>, <c>"column"</c>, <c>"party"</c>; order, roadmap and passport changes have only <c>"field"</c>.
/// </summary>
public sealed class ChangeJsonReport : IChangeReport
{
    public string Format => "json";

    public void Write(ChangeDiff diff, TextWriter output)
    {
        var list = diff.Comparison.Changes;
        var root = new JsonObject
        {
            ["old"] = diff.OldName,
            ["new"] = diff.NewName,
            ["signed"] = list.Signed is null ? null : UnitJson.Of(list.Signed),
            ["editions"] = new JsonArray([.. list.AddedEditions.Select(e => (JsonNode)UnitJson.Of(e))]),
            ["changes"] = new JsonArray([.. list.Changes.Select(Change)]),
            ["diagnostics"] = new JsonArray([.. diff.Diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["code"] = d.Code,
                ["file"] = d.File,
                ["line"] = d.Line,
                ["column"] = d.Column,
                ["message"] = d.Message,
            })]),
        };

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static JsonNode Change(Change change)
    {
        var json = new JsonObject
        {
            ["op"] = JsonNamingPolicy.CamelCase.ConvertName(change.Op.ToString()),
            ["unit"] = JsonNamingPolicy.CamelCase.ConvertName(change.Unit.ToString()),
        };
        switch (change.Unit)
        {
            case ChangeUnit.Item:
                json["item"] = change.Number;
                json["section"] = change.Parent;
                break;
            case ChangeUnit.Section:
                json["section"] = change.Number;
                break;
            case ChangeUnit.Point:
                json["point"] = change.Number;
                json["parent"] = change.Parent;
                break;
            case ChangeUnit.Column:
                json["column"] = change.Key;
                break;
            case ChangeUnit.Party:
                json["party"] = change.Key;
                break;
        }

        json["field"] = change.Field;
        json["old"] = change.Old?.DeepClone();
        json["new"] = change.New?.DeepClone();
        if (change.Op == ChangeOp.Add && change.Unit is not (ChangeUnit.Party or ChangeUnit.Passport or ChangeUnit.Roadmap))
        {
            json["after"] = change.After;
        }

        return json;
    }
}
