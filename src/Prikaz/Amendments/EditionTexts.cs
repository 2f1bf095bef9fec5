using System.Globalization;
using System.Text.Json.Nodes;
using Prikaz.Model;

namespace Prikaz.Amendments;

/// <summary>
/// The units and fields of one edition as JSON, found the way a change names them (unit, number, key,
/// field), to check a change against an edition without applying it.
/// </summary>
internal sealed class EditionTexts(OrderFile file)
{
    private readonly JsonObject root = UnitJson.Of(file);

    public SignedUnits Units { get; } = new(file);

    public OrderFile File => file;

    /// <summary>The unit a change names, or null when the edition has none with that number or key.</summary>
    public JsonObject? Unit(Change change) => change.Unit switch
    {
        ChangeUnit.Item => Units.Item(change.Number ?? string.Empty) is { } item ? (JsonObject)At(item.Pointer) : null,
        ChangeUnit.Section => Units.Section(change.Number ?? string.Empty) is { } section ? (JsonObject)At(section.Pointer) : null,
        ChangeUnit.Point => Units.Point(change.Number ?? string.Empty) is { } point ? (JsonObject)At(point.Pointer) : null,
        ChangeUnit.Column => (root["roadmap"]?["columns"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => UnitJson.Text(c["key"]) == change.Key),
        ChangeUnit.Passport => root["roadmap"]?["passport"] as JsonObject,
        ChangeUnit.Roadmap => root["roadmap"] as JsonObject,
        ChangeUnit.Order => (JsonObject)root["order"]!,
        _ => null,
    };

    /// <summary>The field a change names, an item's custom cell included; null when the unit or the field is missing.</summary>
    public JsonNode? Field(Change change)
    {
        if (Unit(change) is not { } unit || change.Field is null)
        {
            return null;
        }

        return unit[change.Field] ?? (change.Unit == ChangeUnit.Item ? (unit["custom"] as JsonObject)?[change.Field] : null);
    }

    /// <summary>The unit at a numbering pointer (<c>/roadmap/sections/2/items/0</c>).</summary>
    public JsonNode At(string pointer)
    {
        JsonNode node = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            node = node is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : node[token]!;
        }

        return node;
    }
}
