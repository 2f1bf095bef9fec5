using System.Text;
using Prikaz.Import;
using Prikaz.Import.Source;
using Prikaz.Import.Text;

namespace Prikaz.Tests.Import;

/// <summary>The text and Markdown reader: encodings, tables as PDF extraction and e-mail give them.</summary>
public sealed class PlainTextReaderTests
{
    [Fact]
    public void Windows_1251_text_is_read_like_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = File.ReadAllBytes(SeedTexts.PathOf("001_ad1a56e5255345f2"));
        var cp1251 = Encoding.GetEncoding(1251).GetBytes(Encoding.UTF8.GetString(utf8));
        var folder = new Prikaz.Templating.TemplateFolder(Render.Seeds.Templates);
        var fromUtf8 = new OrderImporter(folder).Import(utf8, "order.txt", new ImportOptions());
        var fromCp1251 = new OrderImporter(folder).Import(cp1251, "order.txt", new ImportOptions());
        Assert.Equal(fromUtf8.Yaml, fromCp1251.Yaml);
        Assert.Contains(fromCp1251.Notes, n => n.Message.Contains("Windows-1251", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_lines_at_a_page_break_do_not_end_a_table_and_trailing_tabs_are_cells()
    {
        var text = "№\tМероприятие\tСрок\tОтветственный\n1.\tРаздел\t\t\n\n1.1.\tСовещание\tмай\tМОУО\n";
        var table = Assert.IsType<SourceTable>(Assert.Single(Read(text).Blocks));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(4, table.Width);
    }

    [Fact]
    public void Pipe_tables_drop_the_separator_and_start_a_fragment_at_each_header()
    {
        var text = "| № | Мероприятие |\n|---|---|\n| 1 | А |\n\n| | |\n|---|---|\n| 2 | Б |\n";
        var tables = Read(text).Blocks.OfType<SourceTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["1", "А"], tables[0].Rows[1].Texts);
        Assert.Equal("Markdown", Read(text).Format);
    }

    [Fact]
    public void Html_fragments_in_cells_become_lines()
    {
        var text = "№\tМероприятие\n1.\t<p>Работа, включающая:</p> <ul style=\"list-style-type: none\">- анализ;- планирование</ul>\n";
        var table = Assert.IsType<SourceTable>(Assert.Single(Read(text).Blocks));
        Assert.Equal("Работа, включающая:\n- анализ;\n- планирование", table.Rows[1].Cells[1].Text);
    }

    private static SourceDocument Read(string text) => PlainTextReader.Read(Encoding.UTF8.GetBytes(text), "x.txt");
}
