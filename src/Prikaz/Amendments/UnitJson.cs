using System.Text.Json;
using System.Text.Json.Nodes;
using Prikaz.Schema;

namespace Prikaz.Amendments;

/// <summary>
/// Units of an edition as JSON, through the one contract of the model (<see cref="ModelJson"/>): the
/// shape the author wrote in YAML, so a change list quotes items as they are written, and changes are
/// applied by setting JSON members and binding the result again, for every field the model has.
/// </summary>
internal static class UnitJson
{
    /// <summary>The members a unit's children live in; never compared as fields of the unit itself.</summary>
    public const string Points = "points";
    public const string Items = "items";

    public static JsonObject Of<T>(T value) => (JsonObject)JsonSerializer.SerializeToNode(value, ModelJson.TypeInfo<T>())!;

    public static T To<T>(JsonNode node) => node.Deserialize(ModelJson.TypeInfo<T>())
        ?? throw new InvalidOperationException("A unit bound to null.");

    /// <summary>
    /// A copy without null members and empty lists or mappings, as an author would write it. A section's
    /// <c>items</c> stay, since the model requires them.
    /// </summary>
    public static JsonNode? Pruned(JsonNode? node) => node switch
    {
        JsonObject obj => PrunedObject(obj),
        JsonArray array => new JsonArray([.. array.Select(Pruned)]),
        null => null,
        _ => node.DeepClone(),
    };

    /// <summary>A copy with the members of every mapping in ordinal order: parties and custom values compare regardless of order.</summary>
    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(member => member.Key, StringComparer.Ordinal)
            .Select(member => KeyValuePair.Create(member.Key, Sorted(member.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    /// <summary>Every text in <paramref name="node"/>, depth first, skipping the named members.</summary>
    public static IEnumerable<string> Texts(JsonNode? node, IReadOnlySet<string> skip)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (!skip.Contains(key))
                    {
                        foreach (var text in Texts(value, skip))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var text in array.SelectMany(element => Texts(element, skip)))
                {
                    yield return text;
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return value.GetValue<string>();
                break;
        }
    }

    /// <summary>The string value of <paramref name="node"/>, or null when it is not a string.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary><paramref name="obj"/> without the named members (a copy).</summary>
    public static JsonObject Without(JsonObject obj, params string[] keys)
    {
        var copy = (JsonObject)obj.DeepClone();
        foreach (var key in keys)
        {
            copy.Remove(key);
        }

        return copy;
    }

    private static JsonObject PrunedObject(JsonObject obj)
    {
        var pruned = new JsonObject();
        foreach (var (key, value) in obj)
        {
            var child = Pruned(value);
            var empty = child is null || child is JsonArray { Count: 0 } || child is JsonObject { Count: 0 };
            if (!empty || key == Items)
            {
                pruned[key] = child ?? new JsonArray();
            }
        }

        return pruned;
    }
}
