using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Prikaz.Loading;

/// <summary>
/// A quick, one-sided check of a document against our own JSON Schemas: <see cref="Surely"/> says
/// true only when the document certainly passes, so the full validator (NJsonSchema on Newtonsoft
/// tokens, slow to start in a fresh process) is needed only for documents that may have problems, and
/// every diagnostic still comes from it. It knows the keywords our generated schemas use — type,
/// properties, required, additionalProperties, items, minItems, enum, pattern, format "date", $ref —
/// and answers false for anything else or anything it is unsure of (an integer written with a point,
/// a number with an exponent), which merely sends the document to the full validator.
/// </summary>
internal sealed class SchemaConformance
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description"];

    private readonly JsonNode root;
    private readonly ConcurrentDictionary<string, Regex> patterns = new(StringComparer.Ordinal);

    public SchemaConformance(string schemaText) =>
        root = JsonNode.Parse(schemaText) ?? throw new ArgumentException("The schema is empty.", nameof(schemaText));

    /// <summary>True when <paramref name="document"/> certainly conforms; false when it may not.</summary>
    public bool Surely(JsonNode? document) => Conforms(root, document, depth: 0);

    private bool Conforms(JsonNode? schema, JsonNode? value, int depth)
    {
        if (schema is not JsonObject rules || depth > YamlJsonReader.MaxDepth + 2)
        {
            return false;
        }

        if (rules["$ref"] is { } reference)
        {
            return rules.Count == 1 && Resolve(reference) is { } target && Conforms(target, value, depth + 1);
        }

        foreach (var (keyword, argument) in rules)
        {
            var passes = keyword switch
            {
                "type" => HasType(argument, value),
                "properties" or "additionalProperties" => Members(rules, value, depth),
                "required" => value is not JsonObject || Required(argument, (JsonObject)value),
                "items" => value is not JsonArray array || array.All(item => Conforms(argument, item, depth + 1)),
                "minItems" => value is not JsonArray list || (argument is JsonValue min && min.TryGetValue<int>(out var least) && list.Count >= least),
                "enum" => argument is JsonArray options && options.Any(option => JsonNode.DeepEquals(option, value)),
                "pattern" => Text(value) is not { } text || (argument is JsonValue p && p.TryGetValue<string>(out var pattern) && Matches(pattern, text)),
                "format" => Text(value) is not { } date || (argument is JsonValue f && f.TryGetValue<string>(out var format) && format == "date"
                    && DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)),
                _ => Annotations.Contains(keyword),
            };
            if (!passes)
            {
                return false;
            }
        }

        return true;
    }

    private bool Members(JsonObject rules, JsonNode? value, int depth)
    {
        if (value is not JsonObject members)
        {
            return true;
        }

        var declared = rules["properties"] as JsonObject;
        var additional = rules["additionalProperties"];
        foreach (var (name, member) in members)
        {
            if (declared is not null && declared.TryGetPropertyValue(name, out var memberSchema))
            {
                if (!Conforms(memberSchema, member, depth + 1))
                {
                    return false;
                }
            }
            else if (additional is JsonObject)
            {
                if (!Conforms(additional, member, depth + 1))
                {
                    return false;
                }
            }
            else if (additional is null || additional.GetValueKind() != JsonValueKind.True)
            {
                // additionalProperties false, or absent (which JSON Schema allows but our schemas never leave out).
                return false;
            }
        }

        return true;
    }

    private static bool Required(JsonNode? argument, JsonObject value) =>
        argument is JsonArray names && names.All(name => name is JsonValue v && v.TryGetValue<string>(out var n) && value.ContainsKey(n));

    private static bool HasType(JsonNode? argument, JsonNode? value)
    {
        var types = argument switch
        {
            JsonValue single when single.TryGetValue<string>(out var type) => [type],
            JsonArray many => many.Select(t => t is JsonValue v && v.TryGetValue<string>(out var type) ? type : "?").ToList(),
            _ => new List<string>(),
        };
        var kind = value is null ? JsonValueKind.Null : value.GetValueKind();
        return types.Any(type => type switch
        {
            "null" => kind == JsonValueKind.Null,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "number" => kind == JsonValueKind.Number && PlainNumber(value!, integer: false),
            "integer" => kind == JsonValueKind.Number && PlainNumber(value!, integer: true),
            _ => false,
        });
    }

    /// <summary>A number the full validator reads the same way: no exponent, no more digits than a decimal holds.</summary>
    private static bool PlainNumber(JsonNode value, bool integer)
    {
        var text = value.ToJsonString();
        return text.Length <= 20 && text.All(c => char.IsAsciiDigit(c) || c == '-' || (!integer && c == '.'));
    }

    private static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private JsonNode? Resolve(JsonNode reference)
    {
        if (reference is not JsonValue v || !v.TryGetValue<string>(out var pointer) || !pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var token in pointer[2..].Split('/'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out var next) ? next : null;
        }

        return node;
    }

    private bool Matches(string pattern, string text)
    {
        try
        {
            return patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.None, TimeSpan.FromSeconds(1))).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
