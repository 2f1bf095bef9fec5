using Prikaz.Import.Docx;
using Prikaz.Import.Source;
using static Prikaz.Tests.Import.WordXml;

namespace Prikaz.Tests.Import;

/// <summary>The DOCX reader, one WordprocessingML feature at a time (IMPORT.md: what makes reading real orders hard).</summary>
public sealed class DocxReaderTests
{
    private const string TwoLevels = "<w:abstractNum w:abstractNumId=\"1\">{0}</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num>";

    [Fact]
    public void Automatic_numbering_prints_multi_level_labels()
    {
        var numbering = string.Format(TwoLevels, Level(0, "%1.") + Level(1, "%1.%2."));
        var labels = Labels(Package(P("a", 5) + P("b", 5) + P("b1", 5, 1) + P("b2", 5, 1) + P("c", 5) + P("c1", 5, 1), numbering));
        Assert.Equal(["1.", "2.", "2.1.", "2.2.", "3.", "3.1."], labels);
    }

    [Fact]
    public void Level_restart_zero_never_restarts_the_lower_level()
    {
        var numbering = string.Format(TwoLevels, Level(0, "%1.") + Level(1, "%2)", restart: 0));
        Assert.Equal(["1.", "1)", "2.", "2)"], Labels(Package(P("a", 5) + P("a1", 5, 1) + P("b", 5) + P("b1", 5, 1), numbering)));
    }

    [Fact]
    public void Start_value_and_formats_are_printed()
    {
        var numbering = string.Format(TwoLevels, Level(0, "%1)", "russianLower") + Level(1, "%2.", "upperRoman", start: 3));
        Assert.Equal(["а)", "б)", "III.", "IV."], Labels(Package(P("a", 5) + P("b", 5) + P("x", 5, 1) + P("y", 5, 1), numbering)));
    }

    [Fact]
    public void Two_nums_of_one_abstract_numbering_continue_unless_one_restarts_with_an_override()
    {
        var numbering = "<w:abstractNum w:abstractNumId=\"1\">" + Level(0, "%1.") + "</w:abstractNum>" +
                        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>" +
                        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
                        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        var labels = Labels(Package(P("a", 1) + P("b", 1) + P("c", 2) + P("d", 3) + P("e", 3), numbering));
        Assert.Equal(["1.", "2.", "3.", "1.", "2."], labels);
    }

    [Fact]
    public void Numbering_style_link_leads_to_the_levels_of_the_style()
    {
        // Word's list styles: the abstract numbering the paragraphs use only links to a numbering style,
        // whose num carries the real levels.
        var numbering = "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"OrderList\"/></w:abstractNum>" +
                        "<w:abstractNum w:abstractNumId=\"2\"><w:styleLink w:val=\"OrderList\"/>" + Level(0, "%1.") + Level(1, "%1.%2.") + "</w:abstractNum>" +
                        "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"8\"><w:abstractNumId w:val=\"2\"/></w:num>";
        var styles = "<w:style w:type=\"numbering\" w:styleId=\"OrderList\"><w:pPr><w:numPr><w:numId w:val=\"8\"/></w:numPr></w:pPr></w:style>";
        Assert.Equal(["1.", "1.1."], Labels(Package(P("a", 7) + P("a1", 7, 1), numbering, styles)));
    }

    [Fact]
    public void A_paragraph_style_with_numbering_numbers_its_paragraphs()
    {
        var numbering = string.Format(TwoLevels, Level(0, "%1."));
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>" +
                     "<w:style w:type=\"paragraph\" w:styleId=\"Point\"><w:basedOn w:val=\"Base\"/></w:style>";
        Assert.Equal(["1.", "2."], Labels(Package(P("a", style: "Point") + P("b", style: "Point"), numbering, styles)));
    }

    [Fact]
    public void Tracked_changes_are_accepted()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Утвердить </w:t></w:r>" +
                   "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText xml:space=\"preserve\">проект </w:delText></w:r></w:del>" +
                   "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">новый </w:t></w:r></w:ins>" +
                   "<w:r><w:t>план</w:t></w:r></w:p>";
        var document = DocxReader.Read(Package(body), "x.docx");
        Assert.Equal("Утвердить новый план", Assert.IsType<SourceParagraph>(Assert.Single(document.Blocks)).Text);
        Assert.Contains(document.ReaderNotes, n => n.Contains("исправления", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleted_table_rows_are_dropped_and_merged_cells_expand_onto_the_grid()
    {
        var body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" +
                   "<w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Раздел</w:t></w:r></w:p></w:tc></w:tr>" +
                   "<w:tr><w:tc><w:p><w:r><w:t>1.1.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>А</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Х</w:t></w:r></w:p></w:tc></w:tr>" +
                   "<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"a\"/></w:trPr><w:tc><w:p><w:r><w:t>удалено</w:t></w:r></w:p></w:tc></w:tr>" +
                   "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:p><w:r><w:t>Б</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>" +
                   "</w:tbl>";
        var table = Assert.IsType<SourceTable>(Assert.Single(DocxReader.Read(Package(body), "x.docx").Blocks));
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
        Assert.Equal(2, table.Rows[0].Cells[1].Span);
        Assert.True(table.Rows[0].Cells[2].CoveredFromLeft);
        Assert.Equal(["", "Б", ""], table.Rows[2].Cells.Select(c => c.Text));
        Assert.True(table.Rows[2].Cells[2].MergedWithAbove);
    }

    [Fact]
    public void A_text_box_is_read_once_from_the_choice_of_alternate_content()
    {
        var box = "<w:txbxContent><w:p><w:r><w:t>от 21.04.2025 № 63</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"1\" cy=\"1\"/><a:graphic>" +
                   "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>" + box +
                   "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
                   "<mc:Fallback><w:pict><v:textbox>" + box + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        var paragraph = Assert.IsType<SourceParagraph>(Assert.Single(DocxReader.Read(Package(body), "x.docx").Blocks));
        Assert.Equal("от 21.04.2025 № 63", paragraph.Text);
        Assert.True(paragraph.InTextBox);
    }

    [Fact]
    public void Field_results_are_read_and_field_codes_are_not()
    {
        var body = "<w:p><w:fldSimple w:instr=\" DATE \\@ dd.MM.yyyy \"><w:r><w:t>23.06.2020</w:t></w:r></w:fldSimple>" +
                   "<w:r><w:t xml:space=\"preserve\"> № </w:t></w:r>" +
                   "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY Number </w:instrText></w:r>" +
                   "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>017/1324</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var paragraph = Assert.IsType<SourceParagraph>(Assert.Single(DocxReader.Read(Package(body), "x.docx").Blocks));
        Assert.Equal("23.06.2020 № 017/1324", paragraph.Text);
    }

    [Fact]
    public void Content_controls_are_read()
    {
        var body = "<w:sdt><w:sdtContent>" + P("в элементе управления") + "</w:sdtContent></w:sdt>";
        Assert.Equal("в элементе управления", Assert.IsType<SourceParagraph>(Assert.Single(DocxReader.Read(Package(body), "x.docx").Blocks)).Text);
    }

    private static List<string?> Labels(byte[] docx) =>
        DocxReader.Read(docx, "x.docx").Blocks.OfType<SourceParagraph>().Select(p => p.Label).ToList();
}
