using System.Text;
using System.Xml.Linq;
using Prikaz.Documents;
using Prikaz.Tests.Support;
using Prikaz.Writers.Html;

namespace Prikaz.Tests.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Sample_order_matches_the_verified_page()
    {
        GoldenFile.Verify(Path.Combine(GoldenFile.CasesRoot(), "html", "sample.verified.html"), WriteToString(SampleOrder.Build()));
    }

    [Fact]
    public void Page_is_well_formed_xml_after_the_doctype()
    {
        var html = WriteToString(SampleOrder.Build());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ru-RU\">", html, StringComparison.Ordinal);
        var root = ParseBody(html);
        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal(2, root.Descendants("section").Count());
    }

    [Fact]
    public void Head_carries_charset_title_author_and_description_and_no_external_resources()
    {
        var document = SampleOrder.Build();
        var root = ParseBody(WriteToString(document));
        var head = root.Element("head")!;

        Assert.Equal("utf-8", head.Element("meta")!.Attribute("charset")!.Value);
        Assert.Equal(document.Properties.Title, head.Element("title")!.Value);
        Assert.Equal(document.Properties.Author, Meta(head, "author"));
        Assert.Equal(document.Properties.Subject, Meta(head, "description"));
        Assert.Single(head.Elements("style"));
        Assert.Empty(root.Descendants("script"));
        Assert.Empty(root.Descendants("link"));
        Assert.All(root.Descendants("img"), img => Assert.StartsWith("data:image/png;base64,", img.Attribute("src")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes_without_a_byte_order_mark()
    {
        var first = WriteToBytes(SampleOrder.Build());
        var second = WriteToBytes(SampleOrder.Build());

        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
    }

    [Fact]
    public void Text_and_attributes_are_escaped()
    {
        const string Nasty = "a < b && c > \"d\" 'e' </p><script>";
        var document = Single(
            new Paragraph(StyleIds.Normal, [new TextRun(Nasty)]),
            new QrCode("https://example.org/?a=1&b=\"2\"", 20)) with
        {
            Properties = new DocumentProperties(Nasty, "A & B", string.Empty, "ru", new DateOnly(2020, 1, 1)),
        };

        var html = WriteToString(document);
        var root = ParseBody(html);

        Assert.Contains("a &lt; b &amp;&amp; c &gt; \"d\" 'e' &lt;/p&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(Nasty, root.Element("head")!.Element("title")!.Value);
        Assert.Equal(Nasty, root.Descendants("p").Single().Value);
        Assert.Equal("https://example.org/?a=1&b=\"2\"", root.Descendants("a").Single().Attribute("href")!.Value);
        Assert.Empty(root.Descendants("script"));
    }

    [Fact]
    public void Control_characters_are_dropped_and_non_breaking_spaces_kept()
    {
        var html = WriteToString(Single(new Paragraph(StyleIds.Normal, [new TextRun("№\u00A0017\u0001\u000B/1324")])));

        Assert.Equal("№\u00A0017/1324", ParseBody(html).Descendants("p").Single().Value);
    }

    [Fact]
    public void A_font_name_cannot_break_out_of_the_stylesheet()
    {
        var styles = StyleSheet.Default.With([new ParagraphStyle { Id = StyleIds.Normal, Name = "Обычный", FontFamily = "Evil\"</style><script>&" }]);
        var document = Single(new Paragraph(StyleIds.Normal, [new TextRun("x")])) with { Styles = styles };

        var root = ParseBody(WriteToString(document));

        Assert.Empty(root.Descendants("script"));
        Assert.Contains("\"Evil\\22 \\3c \\2f style\\3e \\3c script\\3e \\26 \"", root.Descendants("style").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_become_sheets_with_named_print_pages()
    {
        var html = WriteToString(SampleOrder.Build());
        var sections = ParseBody(html).Descendants("section").Select(section => section.Attribute("class")!.Value).ToList();

        Assert.Equal(["page portrait", "page landscape"], sections);
        Assert.Contains("@page { size: A4 portrait; margin: 20mm 10mm 20mm 30mm; }", html, StringComparison.Ordinal);
        Assert.Contains("@page landscape { size: A4 landscape; margin: 20mm 10mm 20mm 20mm; @top-center { content: counter(page);", Collapse(html), StringComparison.Ordinal);
        Assert.Contains("section.landscape { page: landscape; }", html, StringComparison.Ordinal);
        Assert.Contains("section.landscape { width: 297mm; min-height: 210mm; padding: 20mm 10mm 20mm 20mm; }", html, StringComparison.Ordinal);
        Assert.Contains("@page portrait:first { @top-center { content: none; } }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_setups_of_one_orientation_get_distinct_page_names()
    {
        var narrow = new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, [new PageBreak()]);
        var wide = narrow with { Margins = new PageMargins(20, 20, 20, 20) };
        var document = SampleOrder.Build() with { Sections = [narrow, wide, narrow] };

        var html = WriteToString(document);
        var sections = ParseBody(html).Descendants("section").Select(section => section.Attribute("class")!.Value);

        Assert.Equal(["page portrait", "page portrait portrait-2", "page portrait"], sections);
        Assert.Contains("@page portrait-2 {", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@top-center", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmap_table_has_widths_header_rows_in_thead_and_spans()
    {
        var table = ParseBody(WriteToString(SampleOrder.Build())).Descendants("table").Last();

        Assert.Equal(["width: 17mm", "width: 90mm", "width: 40mm", "width: 55mm", "width: 65mm"], table.Descendants("col").Select(col => col.Attribute("style")!.Value));
        var headRows = table.Element("thead")!.Elements("tr").ToList();
        Assert.Equal(2, headRows.Count);
        Assert.Equal(5, headRows[0].Elements("th").Count(th => th.Attribute("scope")?.Value == "col"));
        Assert.Equal("column-numbers", headRows[1].Attribute("class")!.Value);
        Assert.Equal(["1", "2", "3", "4", "5"], headRows[1].Elements("td").Select(td => td.Value));
        var bodyRows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal("section-row", bodyRows[0].Attribute("class")!.Value);
        Assert.Equal("4", bodyRows[0].Elements("td").Last().Attribute("colspan")!.Value);
        Assert.Equal("2", bodyRows[1].Elements("td").ElementAt(3).Attribute("rowspan")!.Value);
        Assert.Equal(4, bodyRows[2].Elements("td").Count());
    }

    [Fact]
    public void Right_tab_splits_the_line_into_a_flex_row()
    {
        var html = WriteToString(Single(new Paragraph(StyleIds.Requisites, [new TextRun("23.06.2020"), new RightTab(), new TextRun("№\u00A0017/1324")])));

        Assert.Contains("<p class=\"s-requisites tabbed\"><span>23.06.2020</span><span>№\u00A0017/1324</span></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_puts_the_mark_between_position_and_name()
    {
        var mark = new ElectronicSignatureMark("01", "Кузнецов А.И.", "01.01.2020", "01.01.2021");
        var root = ParseBody(WriteToString(Single(new SignatureBlock(["Министр", "образования"], "А.И.\u00A0Кузнецов", mark))));

        var parts = root.Descendants("div").Single(div => div.Attribute("class")!.Value.StartsWith("signature ", StringComparison.Ordinal)).Elements().ToList();
        Assert.Equal(["signature-position", "esign s-esign", "signature-name"], parts.Select(part => part.Attribute("class")!.Value));
        Assert.Single(parts[0].Elements("br"));
        Assert.Equal([ElectronicSignatureMark.Heading, .. mark.DetailLines], parts[1].Elements("p").Select(p => p.Value));
    }

    [Fact]
    public void Qr_code_with_a_picture_is_an_image_with_the_content_as_alternative_text()
    {
        var img = ParseBody(WriteToString(Single(new QrCode("https://example.org/1", 25, SampleOrder.TinyPng)))).Descendants("img").Single();

        Assert.Equal("QR-код: https://example.org/1", img.Attribute("alt")!.Value);
        Assert.Equal("width: 25mm; height: 25mm", img.Attribute("style")!.Value);
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(SampleOrder.TinyPng), img.Attribute("src")!.Value);
    }

    [Fact]
    public void Unknown_style_falls_back_to_normal_and_heading_styles_are_headings()
    {
        var root = ParseBody(WriteToString(Single(
            SampleOrder.Para("no-such-style", "текст"),
            SampleOrder.Para(StyleIds.DocumentKind, "ПРИКАЗ"),
            SampleOrder.Para(StyleIds.Title, "Об утверждении"))));

        Assert.Equal("s-normal", root.Descendants("p").Single().Attribute("class")!.Value);
        Assert.Equal("ПРИКАЗ", root.Descendants("h1").Single().Value);
        Assert.Equal("Об утверждении", root.Descendants("h2").Single().Value);
    }

    [Fact]
    public void Writer_is_registered_under_html()
    {
        var writers = new DocumentWriters([new HtmlWriter()]);

        Assert.True(writers.TryGet("HTML", out var writer));
        Assert.IsType<HtmlWriter>(writer);
    }

    private static Document Single(params Block[] blocks) => new(
        new DocumentProperties("Проба", "Министерство", string.Empty, "ru", new DateOnly(2020, 1, 1)),
        StyleSheet.Default,
        [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.FromSecondPage, false, blocks)]);

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static string? Meta(XElement head, string name) =>
        head.Elements("meta").Single(meta => meta.Attribute("name")?.Value == name).Attribute("content")!.Value;

    private static byte[] WriteToBytes(Document document)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        return stream.ToArray();
    }

    private static string WriteToString(Document document) => Encoding.UTF8.GetString(WriteToBytes(document));

    /// <summary>Parses the page as XML after the HTML5 doctype: a cheap check that every element is closed and every text escaped.</summary>
    private static XElement ParseBody(string html)
    {
        const string Doctype = "<!DOCTYPE html>\n";
        Assert.StartsWith(Doctype, html, StringComparison.Ordinal);
        return XElement.Parse(html[Doctype.Length..]);
    }
}
