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
}
