using System.Text.Json.Nodes;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>Each keyword <see cref="SchemaValidator"/> knows, failing and passing; and inputs that must not make it throw.</summary>
public sealed class SchemaValidatorTests
{
    [Theory]
    [InlineData("""{"type": "string"}""", "\"x\"", "[]", "StringExpected")]
    [InlineData("""{"type": "number"}""", "1.5", "\"1.5\"", "NumberExpected")]
    [InlineData("""{"type": "integer"}""", "3", "3.0", "IntegerExpected")]
    [InlineData("""{"type": "boolean"}""", "true", "\"true\"", "BooleanExpected")]
    [InlineData("""{"type": "null"}""", "null", "\"\"", "NullExpected")]
    [InlineData("""{"type": "object"}""", "{}", "[]", "ObjectExpected")]
    [InlineData("""{"type": "array"}""", "[]", "{}", "ArrayExpected")]
    [InlineData("""{"type": ["string", "array"]}""", "[]", "{}", "NoTypeValidates")]
    [InlineData("""{"minItems": 1}""", "[\"x\"]", "[]", "TooFewItems")]
    [InlineData("""{"enum": ["order", "directive"]}""", "\"order\"", "\"prikaz\"", "NotInEnumeration")]
    [InlineData("""{"enum": ["order", "directive"]}""", "\"directive\"", "null", "NotInEnumeration")]
    [InlineData("""{"pattern": "^[a-z]+$"}""", "\"chel\"", "\"Chel\"", "PatternMismatch")]
    [InlineData("""{"format": "date"}""", "\"2020-02-29\"", "\"2021-02-29\"", "DateExpected")]
    [InlineData("""{"properties": {"a": {}}, "additionalProperties": false}""", """{"a": 1}""", """{"b": 1}""", "NoAdditionalPropertiesAllowed")]
    [InlineData("""{"properties": {"a": {}}, "required": ["a"]}""", """{"a": null}""", """{}""", "PropertyRequired")]
    [InlineData("""{"properties": {"a": {"type": "string"}}}""", """{"a": "x"}""", """{"a": 1}""", "StringExpected")]
    [InlineData("""{"additionalProperties": {"type": "string"}}""", """{"b": "x"}""", """{"b": 1}""", "AdditionalPropertiesNotValid")]
    [InlineData("""{"items": {"type": "string"}}""", """["x"]""", """["x", 1]""", "ArrayItemNotValid")]
    [InlineData("""{"properties": {"a": {"type": "string"}, "b": {"$ref": "#/properties/a"}}}""", """{"b": "x"}""", """{"b": []}""", "StringExpected")]
    public void Keyword_fails_and_passes(string schema, string passing, string failing, string kind)
    {
        var validator = new SchemaValidator(schema);

        Assert.Empty(validator.Validate(JsonNode.Parse(passing)));
        Assert.Equal(kind, Assert.Single(validator.Validate(JsonNode.Parse(failing))).Kind.ToString());
    }

    [Fact]
    public void Errors_name_the_value_and_the_member()
    {
        var validator = new SchemaValidator("""
            {"type": "object", "properties": {"points": {"type": "array", "items": {"type": "object",
              "properties": {"text": {"type": "string"}}, "required": ["text"], "additionalProperties": false}}}}
            """);

        var errors = validator.Validate(JsonNode.Parse("""{"points": [{"text": "a"}, {"txt": "b"}, {"text": []}]}"""));

        Assert.Equal(
            [
                (SchemaErrorKind.ArrayItemNotValid, "[1]", "/points/1"),
                (SchemaErrorKind.ArrayItemNotValid, "[2]", "/points/2"),
            ],
            errors.Select(e => (e.Kind, e.Property, e.Pointer)));
        Assert.Equal(
            [
                (SchemaErrorKind.PropertyRequired, "text", "/points/1"),
                (SchemaErrorKind.NoAdditionalPropertiesAllowed, "txt", "/points/1/txt"),
            ],
            errors[0].Errors.Select(e => (e.Kind, e.Property, e.Pointer)));
        Assert.Equal((SchemaErrorKind.StringExpected, "text", "/points/2/text"), (errors[1].Errors[0].Kind, errors[1].Errors[0].Property, errors[1].Errors[0].Pointer));
    }

    [Fact]
    public void A_value_of_several_types_keeps_the_errors_of_each_type()
    {
        // A number written as text fails its pattern as text and is no number: both reasons are kept, in type order.
        var validator = new SchemaValidator("""{"type": ["string", "number"], "pattern": "^\\d+$"}""");

        var error = Assert.Single(validator.Validate(JsonValue.Create("12 мм")));

        Assert.Equal(SchemaErrorKind.NoTypeValidates, error.Kind);
        Assert.Equal([SchemaTypes.Number, SchemaTypes.String], error.ErrorsByType.Select(e => e.Key));
        Assert.Equal([SchemaErrorKind.PatternMismatch, SchemaErrorKind.NumberExpected], error.ErrorsByType[0].Value.Select(e => e.Kind));
        Assert.Equal([SchemaErrorKind.PatternMismatch], error.ErrorsByType[1].Value.Select(e => e.Kind));
        Assert.Empty(validator.Validate(JsonValue.Create("12")));
        Assert.Empty(validator.Validate(JsonValue.Create(12.5)));
    }

    [Theory]
    [InlineData("b", "abc", true)]
    [InlineData("^b$", "abc", false)]
    [InlineData("^b$", "b\n", true)]
    public void A_pattern_is_searched_with_dotnet_semantics(string pattern, string text, bool matches)
    {
        // As the reference validator: Regex.IsMatch finds the pattern anywhere, and $ also matches before a final newline.
        var validator = new SchemaValidator(new JsonObject { ["pattern"] = pattern }.ToJsonString());

        Assert.Equal(matches, validator.Validate(JsonValue.Create(text)).Count == 0);
    }

    [Fact]
    public void A_required_member_is_reported_even_when_the_value_is_no_mapping()
    {
        // The reference validator does so; the diagnostics leave it to the wrong-type error.
        var validator = new SchemaValidator("""{"type": "object", "properties": {"a": {}}, "required": ["a"]}""");

        Assert.Equal([SchemaErrorKind.ObjectExpected, SchemaErrorKind.PropertyRequired], validator.Validate(JsonValue.Create("x")).Select(e => e.Kind));
    }

    [Fact]
    public void Null_passes_a_type_or_an_enumeration_that_admits_it()
    {
        Assert.Empty(new SchemaValidator("""{"type": ["object", "null"], "required": ["a"]}""").Validate(null));
        Assert.Empty(new SchemaValidator("""{"enum": ["a", null]}""").Validate(null));
    }

    [Fact]
    public void The_seeds_and_the_profiles_conform()
    {
        var roadmap = new SchemaValidator(DocumentSchema.Definition("order"));
        var profile = new SchemaValidator(ProfileSchema.Json);

        Assert.All(Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml"),
            file => Assert.Empty(roadmap.Validate(YamlJsonReader.Read(File.ReadAllText(file), file).Root)));
        Assert.All(Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities"), "*.yaml"),
            file => Assert.Empty(profile.Validate(YamlJsonReader.Read(File.ReadAllText(file), file).Root)));
    }

    [Theory]
    [InlineData("""{"anyOf": [{"type": "string"}]}""")]
    [InlineData("""{"format": "email"}""")]
    [InlineData("""{"items": [{"type": "string"}]}""")]
    [InlineData("""{"$ref": "#/nowhere"}""")]
    public void A_keyword_it_does_not_know_is_refused_when_the_schema_is_read(string schema)
    {
        Assert.Throws<NotSupportedException>(() => new SchemaValidator(schema));
    }

    // Over 2 s (ten thousand nested objects through the roadmap schema): the integration tier.
    [Fact]
    [Trait("Category", "Integration")]
    public void Ten_thousand_levels_of_subpoints_stop_at_the_depth_limit()
    {
        // The YAML reader never builds so deep a tree; one built in code must still be answered, not overflow the stack.
        var validator = new SchemaValidator(DocumentSchema.Definition("order"));
        var point = new JsonObject { ["text"] = "x" };
        var innermost = point;
        for (var level = 0; level < 10_000; level++)
        {
            var sub = new JsonObject { ["text"] = "x" };
            innermost["points"] = new JsonArray(sub);
            innermost = sub;
        }

        var document = new JsonObject
        {
            ["authority"] = "chel",
            ["order"] = new JsonObject { ["date"] = "2020-01-01", ["number"] = "1", ["title"] = "t", ["points"] = new JsonArray(point) },
        };

        var errors = validator.Validate(document);

        var deepest = errors.Single();
        while (deepest.Errors.Count > 0)
        {
            deepest = deepest.Errors.Single();
        }

        Assert.Equal(SchemaErrorKind.TooDeep, deepest.Kind);
    }

    [Fact]
    public void A_hundred_thousand_wrong_items_are_each_reported()
    {
        var validator = new SchemaValidator("""{"type": "array", "items": {"type": "string"}}""");
        var items = new JsonArray();
        for (var i = 0; i < 100_000; i++)
        {
            items.Add(new JsonArray());
        }

        var errors = validator.Validate(items);

        Assert.Equal(100_000, errors.Count);
        Assert.All(errors, e => Assert.Equal(SchemaErrorKind.StringExpected, Assert.Single(e.Errors).Kind));
    }

    [Fact]
    public void A_deep_list_where_an_enumeration_value_belongs_is_rejected()
    {
        JsonNode deep = new JsonArray();
        for (var level = 0; level < 10_000; level++)
        {
            deep = new JsonArray(deep);
        }

        var errors = new SchemaValidator("""{"enum": ["order"]}""").Validate(deep);

        Assert.Equal(SchemaErrorKind.NotInEnumeration, Assert.Single(errors).Kind);
    }
}
