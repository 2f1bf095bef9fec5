using Prikaz.Loading;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

public sealed class ValidFileTests
{
    private static readonly string Minimal = Path.Combine(GoldenFile.CasesRoot(), "loading", "valid-minimal.yaml");

    [Fact]
    public void Minimal_file_binds_every_value()
    {
        var result = DocumentLoader.Load(Minimal, "valid-minimal.yaml");

        Assert.Empty(result.Diagnostics);
        var file = result.Value!;
        Assert.Equal("chel-minobr", file.Authority);
        Assert.Equal(new DateOnly(2020, 6, 23), file.Order.Date);
        Assert.Equal("31", file.Order.Number);
        Assert.Equal(Prikaz.Model.OrderKind.Order, file.Order.Kind);
        Assert.Equal("Утвердить прилагаемую «дорожную карту».", Assert.Single(file.Order.Points).Text);
        var roadmap = file.Roadmap!;
        Assert.Equal(["number", "activity"], roadmap.Columns.Select(c => c.Key));
        Assert.Equal(12.5, roadmap.Columns[0].Width);
        Assert.Null(roadmap.Columns[1].Width);
        Assert.Equal("Провести совещание", Assert.Single(Assert.Single(roadmap.Sections).Items).Activity);
    }

    [Fact]
    public void Source_map_locates_values_keys_and_missing_values()
    {
        var result = DocumentLoader.Load(Minimal, "valid-minimal.yaml");

        Assert.Equal(new SourcePosition(20, 21), result.Map.Locate("/roadmap/sections/0/items/0/activity"));
        Assert.Equal(new SourcePosition(4, 9), result.Map.Locate("/order/date"));
        Assert.Equal(new SourcePosition(4, 3), result.Map.Locate("/order/preamble"));
        Assert.Equal("valid-minimal.yaml", result.Map.File);
    }

    [Fact]
    public void Scalars_stay_the_text_typed()
    {
        const string text = """
            authority: "007"
            order:
              date: 2020-06-23
              number: 017/1324
              title: yes
              preamble: ~
              points:
                - text: 1.10
            parties:
              on: {name: 0x1F}
            """;

        var result = DocumentLoader.Parse(text, "x.yaml");

        Assert.Empty(result.Diagnostics);
        var file = result.Value!;
        Assert.Equal(("007", "017/1324", "yes", null), (file.Authority, file.Order.Number, file.Order.Title, file.Order.Preamble));
        Assert.Equal("1.10", file.Order.Points[0].Text);
        Assert.Equal("0x1F", file.Parties["on"].Name);
    }

    [Fact]
    public void Aliases_within_the_limit_are_expanded()
    {
        const string text = """
            authority: a
            order:
              date: 2020-06-23
              number: "1"
              title: &t Об утверждении
              points:
                - text: *t
            """;

        var result = DocumentLoader.Parse(text, "x.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Об утверждении", result.Value!.Order.Points[0].Text);
    }

    [Fact]
    public void Number_overflowing_a_double_is_reported_at_its_position()
    {
        const string text = """
            authority: a
            order: {date: 2020-06-23, number: "1", title: t, points: [{text: t}]}
            roadmap:
              title: t
              columns:
                - {key: number, title: №, width: 1e400}
            """;

        var diagnostic = Assert.Single(DocumentLoader.Parse(text, "x.yaml").Diagnostics);

        Assert.Equal("x.yaml:6:38", $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}");
    }
}
