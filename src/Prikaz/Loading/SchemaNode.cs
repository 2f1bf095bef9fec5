using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// One (sub-)schema of our JSON Schemas, read once into the form <see cref="SchemaValidator"/> checks
/// against. Only the keywords our generated schemas use are understood — type, properties, required,
/// additionalProperties, items, minItems, enum, pattern, format "date", $ref — plus the annotations
/// $schema, title and description; any other keyword throws when the schema is read, so a schema that
/// outgrows the validator fails the tests instead of being half-checked.
/// </summary>
internal sealed class SchemaNode
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description"];

    /// <summary>Shared by every schema: the number pattern recurs in many members.</summary>
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private Regex? pattern;

    private SchemaNode()
    {
    }

    public SchemaTypes Types { get; private set; }

    /// <summary>The flags of <see cref="Types"/> one by one, in <see cref="SchemaTypes"/> order.</summary>
    public IReadOnlyList<SchemaTypes> EachType { get; private set; } = [];

    /// <summary>The declared members, in schema order (the order their errors are reported in).</summary>
    public OrderedDictionary<string, SchemaNode> Properties { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Required { get; private set; } = [];

    /// <summary>The schema undeclared members must conform to, when additionalProperties is a schema.</summary>
    public SchemaNode? AdditionalProperties { get; private set; }

    /// <summary>False when additionalProperties is false; JSON Schema allows undeclared members by default.</summary>
    public bool AllowsAdditionalProperties { get; private set; } = true;

    public SchemaNode? Items { get; private set; }

    public int MinItems { get; private set; }

    /// <summary>The enum options as text (null for a JSON null option): values compare by their text, as in the reference validator.</summary>
    public IReadOnlyList<string?> Enumeration { get; private set; } = [];

    public string? Pattern => pattern?.ToString();

    /// <summary>The schema's Russian description, for messages that explain the allowed values.</summary>
    public string? Description { get; private set; }

    /// <summary>format: "date", the only format our schemas use.</summary>
    public bool IsDate { get; private set; }

    /// <summary>Whether null passes without further checks: type admits null, or enum lists it.</summary>
    public bool IsNullable => Types.HasFlag(SchemaTypes.Null) || Enumeration.Contains(null);

    /// <summary>Reads the root schema; references (#/…) resolve within it.</summary>
    public static SchemaNode Read(JsonNode root) => new Reader(root).Read(root);

    /// <summary>
    /// Pattern semantics of the reference validator (Regex.IsMatch: a search, anchored only where the pattern says so).
    /// A match running past the timeout counts as a mismatch: a value that slow is not one the pattern means.
    /// </summary>
    public bool Matches(string text)
    {
        try
        {
            return pattern is null || pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Reads schemas once each, so a recursive reference (a point's subpoints) becomes a cycle, not endless descent.</summary>
    private sealed class Reader(JsonNode root)
    {
        private readonly Dictionary<JsonNode, SchemaNode> read = new(ReferenceEqualityComparer.Instance);

        public SchemaNode Read(JsonNode? schema)
        {
            if (schema is not JsonObject rules)
            {
                throw new NotSupportedException($"A schema must be an object, not {schema?.ToJsonString() ?? "null"}.");
            }

            if (rules["$ref"] is { } reference)
            {
                return rules.Count == 1
                    ? Read(Resolve(reference))
                    : throw new NotSupportedException("$ref beside other keywords is not supported.");
            }

            if (read.TryGetValue(rules, out var known))
            {
                return known;
            }

            var node = new SchemaNode();
            read[rules] = node;
            foreach (var (keyword, argument) in rules)
            {
                switch (keyword)
                {
                    case "type":
                        node.Types = ReadTypes(argument);
                        node.EachType = [.. Enum.GetValues<SchemaTypes>().Where(type => type != SchemaTypes.None && node.Types.HasFlag(type))];
                        break;
                    case "properties":
                        foreach (var (name, member) in Object(argument, keyword))
                        {
                            node.Properties[name] = Read(member);
                        }

                        break;
                    case "required":
                        node.Required = [.. Array(argument, keyword).Select(name => String(name, keyword))];
                        break;
                    case "additionalProperties" when argument is JsonValue flag && flag.TryGetValue<bool>(out var allows):
                        node.AllowsAdditionalProperties = allows;
                        break;
                    case "additionalProperties":
                        node.AdditionalProperties = Read(argument);
                        break;
                    case "items":
                        node.Items = Read(argument);
                        break;
                    case "minItems":
                        node.MinItems = argument is JsonValue count && count.TryGetValue<int>(out var least)
                            ? least
                            : throw new NotSupportedException("minItems must be an integer.");
                        break;
                    case "enum":
                        node.Enumeration = [.. Array(argument, keyword).Select(option => option is null ? null : NodeText.Of(option))];
                        break;
                    case "pattern":
                        node.pattern = Patterns.GetOrAdd(String(argument, keyword),
                            p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
                        break;
                    case "format" when String(argument, keyword) == "date":
                        node.IsDate = true;
                        break;
                    case "description":
                        node.Description = String(argument, keyword);
                        break;
                    case var annotation when Annotations.Contains(annotation):
                        break;
                    default:
                        throw new NotSupportedException($"The schema keyword {keyword} ({argument?.ToJsonString()}) is not supported.");
                }
            }

            return node;
        }

        private static SchemaTypes ReadTypes(JsonNode? argument)
        {
            var names = argument is JsonArray many ? many.Select(name => String(name, "type")) : [String(argument, "type")];
            return names.Aggregate(SchemaTypes.None, (types, name) => types | name switch
            {
                "array" => SchemaTypes.Array,
                "boolean" => SchemaTypes.Boolean,
                "integer" => SchemaTypes.Integer,
                "null" => SchemaTypes.Null,
                "number" => SchemaTypes.Number,
                "object" => SchemaTypes.Object,
                "string" => SchemaTypes.String,
                _ => throw new NotSupportedException($"The type {name} is not supported."),
            });
        }

        private JsonNode? Resolve(JsonNode reference)
        {
            var pointer = String(reference, "$ref");
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new NotSupportedException($"Only references within the schema are supported, not {pointer}.");
            }

            var node = root;
            // A URI fragment: "#" and then a JSON Pointer.
            foreach (var name in JsonPointer.Tokens(pointer[1..]))
            {
                node = node is JsonObject o && o.TryGetPropertyValue(name, out var next) && next is not null
                    ? next
                    : throw new NotSupportedException($"The reference {pointer} leads nowhere.");
            }

            return node;
        }

        private static JsonObject Object(JsonNode? argument, string keyword) =>
            argument as JsonObject ?? throw new NotSupportedException($"{keyword} must be an object.");

        private static JsonArray Array(JsonNode? argument, string keyword) =>
            argument as JsonArray ?? throw new NotSupportedException($"{keyword} must be an array.");

        private static string String(JsonNode? argument, string keyword) =>
            argument is JsonValue value && value.TryGetValue<string>(out var text)
                ? text
                : throw new NotSupportedException($"{keyword} must be a string.");
    }
}
