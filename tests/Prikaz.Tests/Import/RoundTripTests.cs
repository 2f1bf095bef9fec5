using Prikaz.Import;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Import;

/// <summary>
/// Our own output read perfectly: every seed rendered to DOCX the way <c>prikaz render</c> does, imported,
/// and the imported YAML rendered again gives the same DOCX bytes.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly TemplateFolder Folder = new(Seeds.Templates);

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Imported_docx_renders_to_the_same_bytes(string seed)
    {
        var original = Seeds.Get(seed).Docx;
        var imported = new OrderImporter(Folder).Import(original, seed + ".docx", new ImportOptions());

        Assert.Equal(Seeds.Get(seed).Roadmap.Order().Authority, imported.File.Authority);
        var again = RenderedSeed.WriteDocx(ImportRendering.Render(imported.Yaml, seed + ".yaml"));
        Assert.True(original.AsSpan().SequenceEqual(again), $"{seed}: the imported YAML renders to other DOCX bytes:\n{imported.Yaml}");
    }

    /// <summary>An order that prints its own place and date style (not the profile's) keeps them through the round trip.</summary>
    [Fact]
    public void Place_and_date_style_of_the_order_itself_survive()
    {
        var yaml = File.ReadAllText(Seeds.PathOf("chelyabinsk-2020-shnor"))
            .Replace("  number: \"017/1324\"\n", "  number: \"017/1324\"\n  place: с. Ивановка\n  dateStyle: numeric\n", StringComparison.Ordinal);
        Assert.Contains("place: с. Ивановка", yaml, StringComparison.Ordinal);
        var original = RenderedSeed.WriteDocx(ImportRendering.Render(yaml, "ivanovka.yaml"));
        var imported = new OrderImporter(Folder).Import(original, "ivanovka.docx", new ImportOptions());
        Assert.Equal("с. Ивановка", imported.File.Order.Place);
        Assert.Equal(Prikaz.Profiles.DateStyle.Numeric, imported.File.Order.DateStyle);
        Assert.True(original.AsSpan().SequenceEqual(RenderedSeed.WriteDocx(ImportRendering.Render(imported.Yaml, "ivanovka.yaml"))));
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Own_docx_needs_no_review(string seed)
    {
        var imported = new OrderImporter(Folder).Import(Seeds.Get(seed).Docx, seed + ".docx", new ImportOptions());
        Assert.DoesNotContain(imported.Notes, n => n.Kind == ImportNoteKind.NeedsReview);
    }
}
