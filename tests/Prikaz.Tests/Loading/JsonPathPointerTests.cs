using Prikaz.Loading;

namespace Prikaz.Tests.Loading;

public sealed class JsonPathPointerTests
{
    [Theory]
    [InlineData("$", "")]
    [InlineData("$.order.date", "/order/date")]
    [InlineData("$.roadmap.sections[2].items[0].deadline", "/roadmap/sections/2/items/0/deadline")]
    [InlineData("$.parties['a.b/c'].name", "/parties/a.b~1c/name")]
    [InlineData(null, "")]
    public void Converts_system_text_json_paths(string? path, string pointer) =>
        Assert.Equal(pointer, JsonPathPointer.FromPath(path));

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("full_name", "fullName")]
    [InlineData("responsable", "responsible")]
    [InlineData("colour", null)]
    public void Suggests_the_key_meant(string typed, string? meant) =>
        Assert.Equal(meant, EditDistance.Nearest(typed, ["title", "fullName", "responsible", "party", "note", "text"]));
}
