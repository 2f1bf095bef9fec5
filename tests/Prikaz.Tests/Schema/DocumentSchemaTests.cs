using System.Text.Json.Nodes;
using NJsonSchema;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Schema;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Schema;

public sealed class DocumentSchemaTests
{
    [Fact]
    public void Committed_schema_is_current()
    {
        GoldenFile.Verify(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", DocumentSchema.FileName), DocumentSchema.Generate());
    }

    [Fact]
    public void The_schema_built_into_the_library_is_the_generated_one()
    {
        Assert.Equal(DocumentSchema.Generate(), DocumentSchema.Json);
    }

    [Fact]
    public void Generation_is_byte_stable()
    {
        var first = ModelSchemaExporter.Export(typeof(Prikaz.Model.OrderFile), "t", []);
        var second = ModelSchemaExporter.Export(typeof(Prikaz.Model.OrderFile), "t", []);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Schema_carries_descriptions_required_members_and_closed_objects()
    {
        var schema = JsonNode.Parse(DocumentSchema.Generate())!;
        var order = schema["definitions"]!["order"]!["properties"]!["order"]!;

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal("Реквизиты и текст приказа.", (string?)order["description"]);
        // A draft may leave its date and number out (PRK031 asks for them elsewhere).
        Assert.Equal(["title", "points"], order["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)order["additionalProperties"]!);
        Assert.Equal(["order", "directive"], order["properties"]!["kind"]!["enum"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Every_kind_is_one_choice_of_the_schema_named_by_its_kind_key()
    {
        var schema = JsonNode.Parse(DocumentSchema.Generate())!;
        var choices = schema["oneOf"]!.AsArray().Select(choice => (string?)choice!["$ref"]).ToList();

        foreach (var kind in DocumentKinds.BuiltIn.All)
        {
            Assert.Contains($"#/definitions/{kind.Id}", choices);
            var key = schema["definitions"]![kind.Id]!["properties"]![KindDiscriminator.Key]!;
            Assert.Equal([kind.Id], key["enum"]!.AsArray().Select(n => (string?)n));
            Assert.Contains(kind.Description, (string?)key["description"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_field_of_every_kind_has_a_russian_description()
    {
        var schema = JsonNode.Parse(DocumentSchema.Generate())!;
        var missing = new List<string>();
        foreach (var (id, definition) in schema["definitions"]!.AsObject())
        {
            CollectUndescribed(definition!, "#/definitions/" + id, missing, schema);
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_loader_validates_with_the_kind_definition_without_the_kind_key()
    {
        var definition = JsonNode.Parse(DocumentSchema.Definition("order"))!;

        Assert.Null(definition["properties"]![KindDiscriminator.Key]);
        Assert.Equal(["authority", "order", "parties", "roadmap", "appendices", "editions"], definition["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Editors_accept_every_seed_with_and_without_kind_order()
    {
        // What an editor sees: the whole schema, NJsonSchema standing in for the YAML language server.
        var schema = await JsonSchema.FromJsonAsync(DocumentSchema.Generate());
        foreach (var file in Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml"))
        {
            var root = YamlJsonReader.Read(File.ReadAllText(file), file).Root!.AsObject();
            Assert.Empty(schema.Validate(root.ToJsonString()));
            root.Insert(0, KindDiscriminator.Key, "order");
            Assert.Empty(schema.Validate(root.ToJsonString()));
            root[KindDiscriminator.Key] = "memo";
            Assert.NotEmpty(schema.Validate(root.ToJsonString()));
        }
    }

    [Theory]
    [InlineData("chel-minobr", true)]
    [InlineData("a", true)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("Chel", false)]
    [InlineData("-chel", false)]
    [InlineData("", false)]
    public async Task Authority_pattern_admits_only_file_name_ids(string id, bool valid)
    {
        var schema = await JsonSchema.FromJsonAsync(DocumentSchema.Definition("order"));
        var json = new JsonObject { ["authority"] = id }.ToJsonString();

        var errors = schema.Validate(json);

        Assert.Equal(valid, !errors.Any(e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.PatternMismatch));
    }

    private static void CollectUndescribed(JsonNode schema, string path, List<string> missing, JsonNode root)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            if (schema["items"] is { } items)
            {
                CollectUndescribed(items, path + "/items", missing, root);
            }

            if (schema["additionalProperties"] is JsonObject values)
            {
                CollectUndescribed(values, path + "/additionalProperties", missing, root);
            }

            return;
        }

        foreach (var (name, property) in properties)
        {
            // A type the exporter met before is a "$ref" to where it wrote it; an editor shows that one's description.
            var described = (string?)property!["$ref"] is { } reference ? Resolve(root, reference) : property;
            var description = (string?)described["description"];
            if (description is null || !description.Any(c => c is >= 'А' and <= 'я'))
            {
                missing.Add($"{path}/properties/{name}");
            }

            CollectUndescribed(property, $"{path}/properties/{name}", missing, root);
        }
    }

    private static JsonNode Resolve(JsonNode root, string reference) =>
        reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (node, token) => node[token]!);
}
