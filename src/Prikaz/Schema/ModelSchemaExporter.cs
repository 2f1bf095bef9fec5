using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Prikaz.Model;

namespace Prikaz.Schema;

/// <summary>
/// Exports a JSON Schema (draft-07: what both our own validator and the YAML language server validate well)
/// from a model type and <see cref="ModelJson.Options"/>, with the model's Russian descriptions, so
/// editors show the same help the records carry. Also used for authority profiles.
/// </summary>
internal static class ModelSchemaExporter
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonSerializerOptions WriterOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of <paramref name="root"/> as indented JSON text with LF line ends.</summary>
    public static string Export(Type root, string title, IReadOnlyList<PropertyPattern> patterns)
    {
        var body = ExportBody(root, patterns);
        var schema = new JsonObject { ["$schema"] = Draft, ["title"] = title };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            schema[key] = value;
        }

        return Write(schema);
    }

    /// <summary>The schema of <paramref name="root"/> without <c>$schema</c> and <c>title</c>, to place inside another schema.</summary>
    public static JsonObject ExportBody(Type root, IReadOnlyList<PropertyPattern> patterns)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, patterns),
        };
        var body = (JsonObject)ModelJson.Options.GetJsonSchemaAsNode(root, exporterOptions);
        SchemaReferences.InlineRepeatedProperties(body);
        return body;
    }

    /// <summary>A schema as the committed files hold it: indented by two, LF line ends, a final newline.</summary>
    public static string Write(JsonObject schema) =>
        schema.ToJsonString(WriterOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, IReadOnlyList<PropertyPattern> patterns)
    {
        var type = context.TypeInfo.Type;
        var nullable = context.PropertyInfo is { IsSetNullable: true };
        var schema = ConverterShape(type, nullable) ?? node as JsonObject ?? new JsonObject();

        // The exporter knows nothing of a custom converter's shape and drops "items" for such elements.
        // A list the exporter already wrote elsewhere is a "$ref" to it, which has its "items".
        if (!schema.ContainsKey("$ref")
            && context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable
            && context.TypeInfo.ElementType is { } element
            && ConverterShape(element, nullable: false) is { } itemShape)
        {
            schema["items"] = itemShape;
        }

        if (context.PropertyInfo is { } property
            && patterns.FirstOrDefault(p => p.Type == property.DeclaringType && p.Name == property.Name) is { } pattern)
        {
            schema["pattern"] = pattern.Pattern;
        }

        AcceptNumbersAsText(schema);
        AcceptBooleansAsText(schema);

        // Beside a "$ref" the description is only a note for SchemaReferences, which inlines the
        // reference with it or drops it (draft-07 validators ignore the siblings of "$ref").
        var description = Description(context.PropertyInfo?.AttributeProvider) ?? Description(type);
        if (description is not null)
        {
            schema.Remove("description");
            schema.Insert(0, "description", description);
        }

        return schema;
    }

    /// <summary>
    /// The loader reads every YAML scalar as text, so <c>number: 31</c> is the string "31". An editor,
    /// though, reads YAML 1.2 core types and would flag 31 as "not a string"; allowing a number wherever
    /// free text is expected keeps the editor as forgiving as the loader. Dates, enumerations and patterned
    /// ids stay strict.
    /// </summary>
    private static void AcceptNumbersAsText(JsonObject schema)
    {
        if (schema.ContainsKey("format") || schema.ContainsKey("enum") || schema.ContainsKey("pattern") || schema["type"] is not { } typeNode)
        {
            return;
        }

        var types = typeNode is JsonArray array
            ? array.Select(t => t!.GetValue<string>()).ToList()
            : [typeNode.GetValue<string>()];
        if (types.Contains("string") && !types.Contains("number"))
        {
            types.Insert(types.IndexOf("string") + 1, "number");
            schema["type"] = new JsonArray(types.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        }
    }

    /// <summary>
    /// Booleans arrive as text too (<c>decreeBold: true</c> is the string "true" to the loader, a boolean
    /// to an editor); both spellings are allowed and nothing else (see TextBooleanJsonConverter).
    /// </summary>
    private static void AcceptBooleansAsText(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.GetValue<string>() == "boolean")
        {
            schema["type"] = new JsonArray("boolean", "string");
            schema["enum"] = new JsonArray([JsonValue.Create(true), JsonValue.Create(false), .. TextBooleanJsonConverter.Words.Select(word => (JsonNode?)JsonValue.Create(word))]);
        }
    }

    private static JsonObject? ConverterShape(Type type, bool nullable)
    {
        var shape = type == typeof(Deadline) ? DeadlineShape(nullable)
            : type == typeof(PartyRef) ? PartyRefShape()
            : null;
        if (shape is not null && Description(type) is { } description)
        {
            shape.Insert(0, "description", description);
        }

        return shape;
    }

    /// <summary>A deadline is written as one text or a list of texts (see DeadlineJsonConverter).</summary>
    private static JsonObject DeadlineShape(bool nullable)
    {
        var types = new JsonArray("string", "array");
        if (nullable)
        {
            types.Add((JsonNode)"null");
        }

        return new JsonObject
        {
            ["type"] = types,
            ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
            ["minItems"] = 1,
        };
    }

    /// <summary>A party reference is a bare id or a mapping of its fields (see PartyRefJsonConverter).</summary>
    private static JsonObject PartyRefShape()
    {
        var properties = new JsonObject();
        foreach (var property in typeof(PartyRef).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = new JsonObject { ["type"] = "string" };
            if (Description(property) is { } description)
            {
                field.Insert(0, "description", description);
            }

            properties[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = field;
        }

        return new JsonObject
        {
            ["type"] = new JsonArray("string", "object"),
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static string? Description(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
            .OfType<DescriptionAttribute>()
            .FirstOrDefault()?.Description;
}

/// <summary>A regular expression a string property of <paramref name="Type"/> must match.</summary>
internal sealed record PropertyPattern(Type Type, string Name, string Pattern);
