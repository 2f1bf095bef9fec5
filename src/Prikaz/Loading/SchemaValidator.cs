using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// Validates a document against one of our JSON Schemas (see <see cref="SchemaNode"/> for the keywords)
/// and reports what the reference validator reports for them — the validator the library used before
/// native AOT, whose reflection cannot run there; the tests compare the two (SchemaValidatorOracleTests) —
/// the same error kinds, in the same order, for the same values, so that <see cref="SchemaDiagnostics"/>
/// explains problems exactly as before. Mirrored quirks: a value of several allowed
/// types is checked as each type and fails only when it fails as all of them (one
/// <see cref="SchemaErrorKind.NoTypeValidates"/> holding each type's errors); a member required but
/// missing is reported even when the value is not a mapping at all; a pattern is a search, not a full
/// match; an enum compares values by their text. Never throws on a document.
/// </summary>
internal sealed class SchemaValidator
{
    /// <summary>As deep as the YAML reader lets a document be, and a little more; deeper trees are only built in code.</summary>
    private const int MaxDepth = YamlJsonReader.MaxDepth + 2;

    private readonly SchemaNode root;

    /// <param name="schemaText">The schema JSON.</param>
    public SchemaValidator(string schemaText) =>
        root = SchemaNode.Read(JsonNode.Parse(schemaText) ?? throw new ArgumentException("The schema is empty.", nameof(schemaText)));

    /// <summary>The problems of <paramref name="document"/>, empty when it conforms.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonNode? document) => Validate(document, root, property: null, pointer: string.Empty, depth: 0);

    private static List<SchemaError> Validate(JsonNode? value, SchemaNode schema, string? property, string pointer, int depth)
    {
        var errors = new List<SchemaError>();
        if (depth > MaxDepth)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooDeep, property, pointer, value, schema));
            return errors;
        }

        ValidateType(value, schema, property, pointer, depth, errors);
        ValidateEnumeration(value, schema, property, pointer, errors);
        ValidateProperties(value, schema, property, pointer, depth, errors);
        return errors;
    }

    private static void ValidateType(JsonNode? value, SchemaNode schema, string? property, string pointer, int depth, List<SchemaError> errors)
    {
        if (value is null && schema.IsNullable)
        {
            return;
        }

        if (schema.EachType.Count <= 1)
        {
            ValidateAs(schema.Types, value, schema, property, pointer, depth, errors);
            return;
        }

        // Every type is checked in full, even after one passes: the errors of each are kept for the explanation.
        var byType = new List<KeyValuePair<SchemaTypes, IReadOnlyList<SchemaError>>>();
        foreach (var type in schema.EachType)
        {
            var typeErrors = new List<SchemaError>();
            ValidateAs(type, value, schema, property, pointer, depth, typeErrors);
            byType.Add(new(type, typeErrors));
        }

        if (byType.All(entry => entry.Value.Count > 0))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NoTypeValidates, property, pointer, value, schema) { ErrorsByType = byType });
        }
    }

    /// <summary>The checks of one allowed type (or of all of them when there are fewer than two), in the reference validator's order.</summary>
    private static void ValidateAs(SchemaTypes type, JsonNode? value, SchemaNode schema, string? property, string pointer, int depth, List<SchemaError> errors)
    {
        var kind = KindOf(value);
        ValidateArray(type, value, schema, property, pointer, depth, errors);
        ValidateString(type, value, schema, property, pointer, errors);
        Expect(SchemaTypes.Number, kind == JsonValueKind.Number, SchemaErrorKind.NumberExpected);
        Expect(SchemaTypes.Integer, kind == JsonValueKind.Number && IsInteger(value!), SchemaErrorKind.IntegerExpected);
        Expect(SchemaTypes.Boolean, kind is JsonValueKind.True or JsonValueKind.False, SchemaErrorKind.BooleanExpected);
        Expect(SchemaTypes.Null, kind == JsonValueKind.Null, SchemaErrorKind.NullExpected);
        Expect(SchemaTypes.Object, kind == JsonValueKind.Object, SchemaErrorKind.ObjectExpected);

        void Expect(SchemaTypes expected, bool isExpected, SchemaErrorKind otherwise)
        {
            if (type.HasFlag(expected) && !isExpected)
            {
                errors.Add(new SchemaError(otherwise, property, pointer, value, schema));
            }
        }
    }

    private static void ValidateArray(SchemaTypes type, JsonNode? value, SchemaNode schema, string? property, string pointer, int depth, List<SchemaError> errors)
    {
        if (value is not JsonArray array)
        {
            if (type.HasFlag(SchemaTypes.Array))
            {
                errors.Add(new SchemaError(SchemaErrorKind.ArrayExpected, property, pointer, value, schema));
            }

            return;
        }

        if (schema.MinItems > 0 && array.Count < schema.MinItems)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooFewItems, property, pointer, value, schema));
        }

        if (schema.Items is not { } items)
        {
            return;
        }

        for (var index = 0; index < array.Count; index++)
        {
            var itemPointer = JsonPointer.Index(pointer, index);
            var itemErrors = Validate(array[index], items, property: null, itemPointer, depth + 1);
            if (itemErrors.Count > 0)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"[{index}]");
                errors.Add(new SchemaError(SchemaErrorKind.ArrayItemNotValid, name, itemPointer, array[index], items) { Errors = itemErrors });
            }
        }
    }

    private static void ValidateString(SchemaTypes type, JsonNode? value, SchemaNode schema, string? property, string pointer, List<SchemaError> errors)
    {
        if (KindOf(value) != JsonValueKind.String)
        {
            if (type.HasFlag(SchemaTypes.String))
            {
                errors.Add(new SchemaError(SchemaErrorKind.StringExpected, property, pointer, value, schema));
            }

            return;
        }

        var text = value!.GetValue<string>();
        if (!schema.Matches(text))
        {
            errors.Add(new SchemaError(SchemaErrorKind.PatternMismatch, property, pointer, value, schema));
        }

        if (schema.IsDate && !DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(new SchemaError(SchemaErrorKind.DateExpected, property, pointer, value, schema));
        }
    }

    private static void ValidateEnumeration(JsonNode? value, SchemaNode schema, string? property, string pointer, List<SchemaError> errors)
    {
        if (value is null && schema.IsNullable)
        {
            return;
        }

        if (schema.Enumeration.Count > 0 && !schema.Enumeration.Contains(NodeText.Of(value), StringComparer.Ordinal))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NotInEnumeration, property, pointer, value, schema));
        }
    }

    private static void ValidateProperties(JsonNode? value, SchemaNode schema, string? property, string pointer, int depth, List<SchemaError> errors)
    {
        var members = value as JsonObject;
        if (members is null && schema.Types.HasFlag(SchemaTypes.Null))
        {
            return;
        }

        foreach (var (name, memberSchema) in schema.Properties)
        {
            if (members is not null && members.TryGetPropertyValue(name, out var member))
            {
                if (member is null && memberSchema.IsNullable)
                {
                    continue;
                }

                errors.AddRange(Validate(member, memberSchema, name, JsonPointer.Property(pointer, name), depth + 1));
            }
            else if (schema.Required.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new SchemaError(SchemaErrorKind.PropertyRequired, name, pointer, value, schema));
            }
        }

        // Required members the schema does not declare are reported after the declared ones.
        foreach (var name in schema.Required.Where(name => !schema.Properties.ContainsKey(name)))
        {
            if (members?.ContainsKey(name) != true)
            {
                errors.Add(new SchemaError(SchemaErrorKind.PropertyRequired, name, pointer, value, schema));
            }
        }

        if (members is null)
        {
            return;
        }

        foreach (var (name, member) in members.Where(m => !schema.Properties.ContainsKey(m.Key)))
        {
            var memberPointer = JsonPointer.Property(pointer, name);
            if (schema.AdditionalProperties is { } additional)
            {
                var memberErrors = Validate(member, additional, property: null, memberPointer, depth + 1);
                if (memberErrors.Count > 0)
                {
                    errors.Add(new SchemaError(SchemaErrorKind.AdditionalPropertiesNotValid, name, memberPointer, member, additional) { Errors = memberErrors });
                }
            }
            else if (!schema.AllowsAdditionalProperties)
            {
                errors.Add(new SchemaError(SchemaErrorKind.NoAdditionalPropertiesAllowed, name, memberPointer, member, schema));
            }
        }
    }

    private static JsonValueKind KindOf(JsonNode? value) => value?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>Newtonsoft reads a number written without a point or an exponent as an integer.</summary>
    private static bool IsInteger(JsonNode number) => number.ToJsonString().AsSpan().IndexOfAny(".eE") < 0;
}
