using System.Text.RegularExpressions;
using Prikaz.Documents;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Tests.Pdf;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.PdfSeeds;

/// <summary>
/// The four committed seeds as PDF, through the real pipeline: the text of every page pinned in
/// <c>tests/cases/pdf-seeds/&lt;seed&gt;.verified.txt</c>; page sizes as the profile orders; the table
/// header on top of every page of the table; every text of the model and of the document drawn;
/// subset fonts, small files, bytes that do not change, and a structure qpdf accepts.
/// </summary>
public sealed partial class SeedPdfTests
{
    private const double A4Short = 595.276;
    private const double A4Long = 841.89;

    public static TheoryData<string> Seeds() => new(SeedPdf.SeedNames());

    [Fact]
    public void The_four_seeds_are_rendered()
    {
        Assert.Equal(["amur-2020-shnor", "chelyabinsk-2020-shnor", "molchanovo-2020-shnor", "nyazepetrovsk-2024-shnor"], SeedPdf.SeedNames());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Text_per_page_matches_the_golden_file(string seed)
    {
        var pdf = SeedPdf.Get(seed).Pdf;
        var dump = Environment.GetEnvironmentVariable("PRIKAZ_PDF_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllBytes(Path.Combine(dump, seed + ".pdf"), pdf);
        }

        GoldenFile.Verify(Path.Combine(GoldenFile.CasesRoot(), "pdf-seeds", seed + ".verified.txt"), PdfText.Pages(pdf));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Order_pages_are_portrait_A4_and_appendix_pages_as_the_profile_says(string seed)
    {
        var rendered = SeedPdf.Get(seed);
        var appendixLandscape = rendered.Profile.AppendixOrientation switch
        {
            AppendixOrientation.Landscape => true,
            AppendixOrientation.Portrait => false,
            _ => rendered.File.Roadmap!.Columns.Count >= 5,
        };
        using var document = UglyToad.PdfPig.PdfDocument.Open(rendered.Pdf);
        var pages = document.GetPages().ToList();
        var texts = PdfLetters.Pages(rendered.Pdf);

        // The appendix starts on the page that starts (after its number) with the appendix's first text:
        // its mark «Приложение к приказу …» or its stamp «УТВЕРЖДЕНА приказом …».
        var appendixStart = PdfLetters.Squeeze(DocumentTexts.Of(rendered.Document.Sections[^1]).First());
        var firstAppendixPage = Enumerable.Range(1, texts.Count - 1)
            .FirstOrDefault(page => WithoutNumber(texts[page], page).StartsWith(appendixStart, StringComparison.Ordinal));
        Assert.True(firstAppendixPage >= 1, $"no page after the first starts with the appendix's first text «{appendixStart}»");
        Assert.All(pages.Take(firstAppendixPage), page => AssertA4(page, landscape: false));
        Assert.All(pages.Skip(firstAppendixPage), page => AssertA4(page, landscape: appendixLandscape));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_page_of_the_table_after_the_first_starts_with_its_header(string seed)
    {
        var rendered = SeedPdf.Get(seed);
        var table = Assert.Single(DocumentTexts.Tables(rendered.Document), t => t.Rows.Any(row => row.IsHeader));
        var header = PdfLetters.Squeeze(string.Concat(DocumentTexts.HeaderRows(table)));
        var texts = PdfLetters.Pages(rendered.Pdf);
        var first = texts.ToList().FindIndex(text => text.Contains(header, StringComparison.Ordinal));
        Assert.True(first >= 0, $"the table header «{header}» is drawn on no page");
        Assert.True(texts.Count - first >= 2, $"the {seed} table fits one page, so the repeated header is not tested");
        for (var page = first + 1; page < texts.Count; page++)
        {
            var text = WithoutNumber(texts[page], page);
            Assert.True(text.StartsWith(header, StringComparison.Ordinal), $"page {page + 1} starts with «{text[..Math.Min(80, text.Length)]}»");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_text_of_the_document_is_drawn(string seed)
    {
        var rendered = SeedPdf.Get(seed);
        var drawn = string.Concat(PdfLetters.Pages(rendered.Pdf));
        var missing = DocumentTexts.Of(rendered.Document)
            .Where(text => !PdfLetters.IsDrawn(drawn, PdfLetters.Squeeze(text)))
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_point_and_every_activity_of_the_model_is_drawn(string seed)
    {
        var rendered = SeedPdf.Get(seed);
        var drawn = string.Concat(PdfLetters.Pages(rendered.Pdf));
        var roadmap = rendered.File.Roadmap!;
        var items = roadmap.Items.Concat(roadmap.Sections.SelectMany(section => section.Items)).ToList();
        var expected = Points(rendered.File.Order.Points).Select(point => point.Text)
            .Concat(roadmap.Sections.Select(section => section.Title))
            .Concat(items.Select(item => item.Activity))
            .Concat(items.Select(item => item.Result).OfType<string>())
            .ToList();
        Assert.NotEmpty(items);
        // The templates set the model's text with Russian typography (dashes, quotes, no-break spaces).
        var missing = expected.Where(text => !PdfLetters.IsDrawn(drawn, PdfLetters.Squeeze(Prikaz.Russian.Typography.Apply(text)))).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fonts_are_subsets_and_the_file_is_under_150_KB(string seed)
    {
        var pdf = SeedPdf.Get(seed).Pdf;
        var fonts = PdfText.FontNames(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Matches(SubsetFont(), font));
        Assert.True(pdf.Length < 150 * 1024, $"{pdf.Length} bytes");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Two_renders_are_byte_identical(string seed)
    {
        var rendered = SeedPdf.Get(seed);
        Assert.Equal(rendered.Pdf, SeedPdf.RenderPdf(rendered.Document));
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Qpdf_finds_no_structural_errors(string seed)
    {
        ExternalTool.Require("qpdf");
        var path = Path.Combine(Path.GetTempPath(), $"prikaz-qpdf-{Environment.ProcessId}-{seed}.pdf");
        File.WriteAllBytes(path, SeedPdf.Get(seed).Pdf);
        try
        {
            var output = ExternalTool.Run("qpdf", ["--check", path]);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The page's text without the page number the layout draws at its top (pages count from 0 here).</summary>
    private static string WithoutNumber(string text, int page)
    {
        var number = (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text.StartsWith(number, StringComparison.Ordinal) ? text[number.Length..] : text;
    }

    private static void AssertA4(UglyToad.PdfPig.Content.Page page, bool landscape)
    {
        var (width, height) = landscape ? (A4Long, A4Short) : (A4Short, A4Long);
        Assert.True(Math.Abs(page.Width - width) < 1 && Math.Abs(page.Height - height) < 1,
            $"page {page.Number} is {page.Width:0.#}×{page.Height:0.#} pt, expected {(landscape ? "landscape" : "portrait")} A4");
    }

    private static IEnumerable<Point> Points(IEnumerable<Point> points) =>
        points.SelectMany(point => Points(point.Points).Prepend(point));

    [GeneratedRegex("^[A-Z]{6}\\+LiberationSerif")]
    private static partial Regex SubsetFont();
}
