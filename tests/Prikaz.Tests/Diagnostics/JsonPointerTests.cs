using Prikaz.Diagnostics;

namespace Prikaz.Tests.Diagnostics;

/// <summary>
/// The one JSON Pointer (RFC 6901) of the loader's source map and the rules' findings. The rules had
/// their own copy (Element, Escape); it escaped the same way, so merging it changes no pointer, and a
/// finding on a custom column key with «/» or «~» still finds its line.
/// </summary>
public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("", "order", "/order")]
    [InlineData("/roadmap/columns", "a/b", "/roadmap/columns/a~1b")]
    [InlineData("/roadmap/columns", "a~b", "/roadmap/columns/a~0b")]
    [InlineData("/x", "~1", "/x/~01")]
    [InlineData("/x", "", "/x/")]
    public void Keys_are_escaped_and_read_back_unchanged(string parent, string key, string pointer)
    {
        Assert.Equal(pointer, JsonPointer.Property(parent, key));
        Assert.Equal(key, JsonPointer.LastToken(pointer));
        Assert.Equal(parent, JsonPointer.Parent(pointer));
        Assert.Equal(JsonPointer.Tokens(parent).Append(key), JsonPointer.Tokens(pointer));
    }

    [Fact]
    public void Indexes_are_written_in_invariant_digits() =>
        Assert.Equal("/order/points/12", JsonPointer.Index("/order/points", 12));

    [Fact]
    public void The_root_has_no_tokens_and_no_parent()
    {
        Assert.Empty(JsonPointer.Tokens(string.Empty));
        Assert.Equal(string.Empty, JsonPointer.Parent("/order"));
        Assert.Equal(string.Empty, JsonPointer.LastToken(string.Empty));
    }

    [Fact]
    public void A_rule_finding_on_a_custom_key_with_a_slash_is_located_at_its_line()
    {
        var fixture = Path.Combine(Prikaz.Tests.Support.GoldenFile.CasesRoot(), "rules", "PRK017-value-without-column.yaml");
        var yaml = File.ReadAllText(fixture).Replace("custom: {funding:", "custom: {fund/ing~:", StringComparison.Ordinal);
        var loaded = Prikaz.Loading.DocumentLoader.Parse(yaml, "x.yaml");
        var order = Assert.IsType<Prikaz.Model.OrderFile>(loaded.Model);

        var diagnostic = Assert.Single(Prikaz.Validation.RoadmapValidator.Validate(order, loaded.Map, authorityProfileExists: true), d => d.Code == "PRK017");

        // The value after «fund/ing~: » (column 29 with «funding»); a pointer escaped unlike the source
        // map's keys would fall back to the enclosing item and give another place.
        Assert.Equal((87, 31), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("custom.fund/ing~", diagnostic.Message, StringComparison.Ordinal);
    }
}
