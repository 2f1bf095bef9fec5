using Prikaz.Tests.Support;

namespace Prikaz.Tests.Render;

/// <summary>
/// LibreOffice opens each seed's DOCX and prints every point and table cell of the original, with
/// the appendix in the orientation the authority uses. Needs <c>soffice</c> and poppler's tools:
/// skipped without them, failed with <c>PRIKAZ_REQUIRE_TOOLS=1</c>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SeedLibreOfficeTests(SeedPdfs pdfs) : IClassFixture<SeedPdfs>
{
    public static TheoryData<string> SeedNames => Seeds.All();

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void The_printed_pages_hold_every_point_and_table_cell(string seed)
    {
        Skip.IfNot(pdfs.Available, ExternalTool.Absence("soffice", "pdftotext", "pdfinfo"));

        // Cells wrap and pdftotext -layout interleaves the lines of neighbouring cells, so texts are
        // compared as multisets of words, not as substrings.
        var printed = pdfs.PagesOf(seed).SelectMany(page => OriginalText.Words(page.Text))
            .GroupBy(word => word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rendered = Seeds.Get(seed).Roadmap;
        var texts = OriginalText.Of(rendered.Order(), rendered.Profile!).Where(text => text.Length > 0).ToList();

        var missing = new List<string>();
        foreach (var text in texts)
        {
            foreach (var word in OriginalText.Words(text))
            {
                if (printed.GetValueOrDefault(word) > 0)
                {
                    printed[word]--;
                }
                else
                {
                    missing.Add($"«{word}» of «{text}»");
                }
            }
        }

        Assert.True(texts.Count > 10, $"only {texts.Count} texts");
        Assert.True(missing.Count == 0, $"{missing.Count} words are not on the pages:\n" + string.Join("\n", missing.Take(30)));
    }

    [SkippableTheory]
    [InlineData("amur-2020-shnor", "landscape")]
    [InlineData("chelyabinsk-2020-shnor", "landscape")]
    [InlineData("molchanovo-2020-shnor", "portrait")]
    [InlineData("nyazepetrovsk-2024-shnor", "landscape")]
    public void The_order_is_portrait_and_the_appendix_has_the_authoritys_orientation(string seed, string appendixOrientation)
    {
        Skip.IfNot(pdfs.Available, ExternalTool.Absence("soffice", "pdftotext", "pdfinfo"));

        var pages = pdfs.PagesOf(seed);
        var start = pages.ToList().FindIndex(page => page.Text.Split('\n')
            .Any(line => line.Trim() is var word && (word.Equals("утверждена", StringComparison.OrdinalIgnoreCase) || word.Equals("Приложение", StringComparison.Ordinal))));

        Assert.True(start > 0, "the appendix's stamp or appendix mark is not on a page after the first");
        Assert.All(pages.Take(start), page => Assert.Equal("portrait", page.Orientation));
        Assert.All(pages.Skip(start), page => Assert.Equal(appendixOrientation, page.Orientation));
    }
}
