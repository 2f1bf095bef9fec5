using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Prikaz.Tests.Pdf;
using Prikaz.Tests.PdfSeeds;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Examples;

/// <summary>
/// Issue 10: three orders of kinds authorities issue every week, invented for <c>examples/</c> — a
/// school's plan with a hand-filled column, school-year deadlines and an acquaintance list; a regional
/// order with two appendices (a list of schools by municipality, then a plan); a draft with «1)»
/// sub-points and an approval sheet. Each validates with no diagnostic at all and renders in every format.
/// </summary>
public sealed class ExampleTests
{
    public static TheoryData<string> Names => Examples.All();

    [Fact]
    public void There_are_the_three_examples()
    {
        Assert.Equal(["draft-2025-working-group", "region-2025-school-support", "school-2025-quality-plan"], Examples.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Validates_with_no_false_alarm(string name)
    {
        var report = Examples.Get(name).Checked.Report;

        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Markup_matches_the_verified_one(string name)
    {
        GoldenFile.Verify(Path.Combine(Examples.Cases, name + ".verified.xhtml"), Examples.Get(name).Rendered.Markup);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Pdf_text_per_page_matches_the_golden_file(string name)
    {
        GoldenFile.Verify(Path.Combine(Examples.Cases, name + ".pdf.verified.txt"), PdfText.Pages(Examples.Get(name).Files["pdf"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_written_in_every_format_and_the_docx_is_valid(string name)
    {
        var files = Examples.Get(name).Files;
        Assert.Equal(Examples.Pipeline.Writers.Formats, files.Keys.Order(StringComparer.Ordinal));
        Assert.All(files.Values, bytes => Assert.NotEmpty(bytes));

        using var package = WordprocessingDocument.Open(new MemoryStream(files["docx"]), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_text_of_the_document_is_drawn_in_the_pdf(string name)
    {
        var example = Examples.Get(name);
        var drawn = string.Concat(PdfLetters.Pages(example.Files["pdf"]));
        var missing = DocumentTexts.Of(example.Rendered.Document!).Where(text => !PdfLetters.IsDrawn(drawn, PdfLetters.Squeeze(text))).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_school_plan_fits_its_hand_filled_column_to_its_header()
    {
        var example = Examples.Get("school-2025-quality-plan");
        var pdf = PdfText.Pages(example.Files["pdf"]);

        // «Отме/тка о/выпо/лнени/и» happened in a 14 mm column: now the words stand whole.
        Assert.Contains("Отметка о", pdf, StringComparison.Ordinal);
        Assert.Matches(@"(?m)\bвыполнении$", pdf);
        Assert.Contains("С приказом ознакомлены:", pdf, StringComparison.Ordinal);
        // Each cell is drawn line by line, so its letters follow each other whatever the wrapping.
        var letters = Letters(example.Files["pdf"]);
        foreach (var deadline in new[] { "в течение учебного года", "1 раз в четверть", "по четвертям", "ежемесячно до 25 числа", "по итогам четверти", "август 2025 г. – май 2026 г." })
        {
            Assert.Contains(PdfLetters.Squeeze(deadline), letters, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_regional_order_numbers_its_two_appendices_and_stamps_each_in_its_gender()
    {
        var example = Examples.Get("region-2025-school-support");
        var pages = PdfLetters.Pages(example.Files["pdf"]);

        Assert.Contains("Приложение№1УТВЕРЖДЕНприказомМинистерства", pages[1], StringComparison.Ordinal);
        Assert.Contains("Приложение№2УТВЕРЖДЕНприказомМинистерства", pages[2], StringComparison.Ordinal);
        Assert.DoesNotContain("УТВЕРЖДЕНА", string.Concat(pages), StringComparison.Ordinal);
        Assert.Contains("Белоозёрскиймуниципальныйрайон", pages[1], StringComparison.Ordinal);
        // The registration number, with its hyphen, on one line of the requisites and of both stamps.
        Assert.Equal(3, Regex.Matches(PdfText.Pages(example.Files["pdf"]), "№ 02-22/143").Count);
        Assert.Contains("<w:noBreakHyphen />", DocxPartDump.Part(example.Files["docx"], "word/document.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_leaves_date_and_number_to_registration_and_lists_its_changes_1_to_4()
    {
        var example = Examples.Get("draft-2025-working-group");
        var pdf = PdfText.Pages(example.Files["pdf"]);
        var html = Encoding.UTF8.GetString(example.Files["html"]);
        var docx = DocxPartDump.Text(example.Files["docx"]);

        foreach (var text in new[] { pdf, html, docx })
        {
            Assert.Contains("ПРОЕКТ", text, StringComparison.Ordinal);
            Assert.Contains("ЛИСТ СОГЛАСОВАНИЯ", text, StringComparison.Ordinal);
        }

        Assert.StartsWith("=== page 1 210x297 mm\nПРОЕКТ\n", pdf, StringComparison.Ordinal);
        var letters = Letters(example.Files["pdf"]);
        Assert.Contains("________________№__________", letters, StringComparison.Ordinal);
        Assert.Contains("от________________№__________", letters, StringComparison.Ordinal);
        foreach (var marker in new[] { "1) в пункте 2", "2) пункт 3", "а) «3.", "б) «3.1.", "3) дополнить", "4) состав" })
        {
            Assert.Contains(PdfLetters.Squeeze(marker), letters, StringComparison.Ordinal);
        }

        // A draft without a date is stamped 1 January 2000: the same draft, the same bytes.
        Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>", DocxPartDump.Part(example.Files["docx"], "docProps/core.xml"), StringComparison.Ordinal);
    }

    private static string Letters(byte[] pdf) => string.Concat(PdfLetters.Pages(pdf));
}
