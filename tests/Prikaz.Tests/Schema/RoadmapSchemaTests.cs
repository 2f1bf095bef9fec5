using System.Text.Json.Nodes;
using NJsonSchema;
using Prikaz.Schema;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Schema;

public sealed class RoadmapSchemaTests
{
    [Fact]
    public void Committed_schema_is_current()
    {
        GoldenFile.Verify(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", RoadmapSchema.FileName), RoadmapSchema.Generate());
    }

    [Fact]
    public void The_schema_built_into_the_library_is_the_generated_one()
    {
        Assert.Equal(RoadmapSchema.Generate(), RoadmapSchema.Json);
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
        var schema = JsonNode.Parse(RoadmapSchema.Generate())!;
        var order = schema["properties"]!["order"]!;

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal("Реквизиты и текст приказа.", (string?)order["description"]);
        Assert.Equal(["date", "number", "title", "points"], order["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)order["additionalProperties"]!);
        Assert.Equal(["order", "directive"], order["properties"]!["kind"]!["enum"]!.AsArray().Select(n => (string?)n));
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
        var schema = await JsonSchema.FromJsonAsync(RoadmapSchema.Generate());
        var json = new JsonObject { ["authority"] = id }.ToJsonString();

        var errors = schema.Validate(json);

        Assert.Equal(valid, !errors.Any(e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.PatternMismatch));
    }
}
