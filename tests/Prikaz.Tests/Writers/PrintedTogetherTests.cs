using System.Text;
using Prikaz.Documents;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Pdf;
using Prikaz.Tests.Support;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;
using UglyToad.PdfPig;

namespace Prikaz.Tests.Writers;

/// <summary>
/// Issue 10, item 8: what must not be torn apart in print — a registration number at its hyphen
/// («№ 02-/22/143» happened) and a short table row across two pages — in every writer.
/// </summary>
public sealed class PrintedTogetherTests
{
    private static readonly PdfWriter Pdf = new(new PdfWriterOptions(Path.Combine(CliRun.Templates, "fonts")));

    private static Document OnePage(params Block[] blocks) => new(
        new DocumentProperties("t", "a", "s", "ru-RU", new DateOnly(2025, 9, 1)),
        StyleSheet.Default,
        [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, blocks)]);

    private static byte[] Write(IDocumentWriter writer, Document document)
    {
        using var output = new MemoryStream();
        writer.Write(document, output);
        return output.ToArray();
    }

    // A stamp 40 mm wide: «от 01.09.2025 № 02‑22/143» must wrap before the number, never after «02-».
    private static Document NumberInANarrowStamp() => OnePage(new ApprovalStamp(
        [new Paragraph(StyleIds.Stamp, [new TextRun("от 01.09.2025 №\u00A002\u201122/143")])], 40));

    [Fact]
    public void Pdf_never_breaks_a_registration_number_at_its_hyphen_and_draws_a_plain_hyphen()
    {
        var text = PdfText.Pages(Write(Pdf, NumberInANarrowStamp()));

        Assert.Contains("№ 02-22/143", text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("02-\n", text, StringComparison.Ordinal);
        Assert.True(Pdf.CanDraw(0x2011));
    }

    [Fact]
    public void Docx_writes_word_s_own_non_breaking_hyphen()
    {
        var xml = MainPart(Write(new DocxWriter(), NumberInANarrowStamp()));

        Assert.Contains("<w:t xml:space=\"preserve\">от 01.09.2025 №\u00A002</w:t><w:noBreakHyphen /><w:t xml:space=\"preserve\">22/143</w:t>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_keeps_the_word_on_one_line_with_a_plain_hyphen()
    {
        var html = Encoding.UTF8.GetString(Write(new HtmlWriter(), NumberInANarrowStamp()));

        Assert.Contains("от 01.09.2025 <span style=\"white-space: nowrap\">№\u00A002-22/143</span>", html, StringComparison.Ordinal);
    }

    // The part as written, not re-indented, so a run's children read as one line.
    private static string MainPart(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static Table Rows(int fillerRows, string lastRowText)
    {
        var header = new TableRow(TableRowKind.Normal, true, [Cell("№"), Cell("Мероприятие")]);
        var filler = Enumerable.Range(1, fillerRows).Select(i => new TableRow(TableRowKind.Normal, false, [Cell(i + "."), Cell("Мероприятие " + i)]));
        var last = new TableRow(TableRowKind.Normal, false, [Cell("99."), Cell(lastRowText)]);
        return new Table([15, 155], [header, .. filler, last]);
    }

    private static TableCell Cell(string text) => new([new Paragraph(StyleIds.Table, [new TextRun(text)])]);

    // About one line of the 153 mm cell per «строка»: six words of 20-odd millimetres at 12 pt.
    private static string Lines(int count) => string.Join(" ", Enumerable.Range(1, count).Select(i => $"строка{i} мероприятие мероприятие мероприятие мероприятие мероприятие"));

    [Fact]
    public void Only_rows_of_a_few_lines_are_kept_together()
    {
        var marked = (Table)ShortRows.Mark(OnePage(Rows(1, Lines(3))), new PdfWriter(new PdfWriterOptions(Path.Combine(CliRun.Templates, "fonts")))).Sections[0].Blocks[0];
        Assert.False(marked.Rows[0].KeepTogether); // the header repeats anyway
        Assert.True(marked.Rows[^1].KeepTogether);

        var longRow = (Table)ShortRows.Mark(OnePage(Rows(1, Lines(ShortRows.MaxLines + 4))), Pdf).Sections[0].Blocks[0];
        Assert.False(longRow.Rows[^1].KeepTogether);
    }

    [Fact]
    public void A_short_row_at_the_foot_of_a_page_moves_whole_to_the_next_one()
    {
        // Enough one-line rows that the last row's three lines do not fit under them: unmarked, it splits.
        var table = Rows(50, Lines(3));
        using (var split = PdfDocument.Open(Write(Pdf, OnePage(table))))
        {
            Assert.Contains("строка1", split.GetPage(1).Text, StringComparison.Ordinal);
            Assert.Contains("строка3", split.GetPage(2).Text, StringComparison.Ordinal);
        }

        using var kept = PdfDocument.Open(Write(Pdf, ShortRows.Mark(OnePage(table), Pdf)));
        Assert.DoesNotContain("строка1", kept.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("строка1", kept.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_and_html_mark_the_short_rows()
    {
        var document = ShortRows.Mark(OnePage(Rows(2, Lines(2))), Pdf);

        var xml = MainPart(Write(new DocxWriter(), document));
        Assert.Equal(3, xml.Split("<w:cantSplit />").Length - 1);
        var html = Encoding.UTF8.GetString(Write(new HtmlWriter(), document));
        Assert.Equal(3, html.Split("<tr class=\"keep\">").Length - 1);
        Assert.Contains("table.grid tr.keep { break-inside: avoid; }", html, StringComparison.Ordinal);
    }
}
