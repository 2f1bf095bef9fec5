using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;
using Prikaz.Writers.Pdf.Layout;

namespace Prikaz.Tests.Pdf;

/// <summary>The layout engine on its own: lines, pages and positions, no PDF involved.</summary>
public sealed class LayoutTests : IDisposable
{
    private static readonly FontFiles Files = FontFiles.Load(SampleDocuments.FontFolder);
    private readonly FontSet fonts = Files.Whole();
    private static readonly TextStyle Body = new(FontKey.Regular, 14, 0);

    public void Dispose() => fonts.Dispose();

    private static StyledParagraph Text(string text, Alignment alignment = Alignment.Left, float indent = 0) =>
        new(new ParagraphFormat(alignment, indent, 0, 0, 1, false), Body, [new StyledInline.Text(text, Body)]);

    [Fact]
    public void A_paragraph_breaks_at_the_spaces_that_fit_the_width()
    {
        var width = fonts.Measure("приказ утверждает", Body) + 1;
        var lines = new LineBreaker(fonts).Break(Text("приказ утверждает дорожную карту"), width).Lines;
        Assert.Equal(["приказ утверждает", "дорожную карту"], lines.Select(line => line.Text));
    }

    [Fact]
    public void A_non_breaking_space_keeps_its_words_together_and_a_hyphen_allows_a_break()
    {
        var width = fonts.Measure("Кузнецов А.И.", Body) + 1;
        var lines = new LineBreaker(fonts).Break(Text("Кузнецов А.И.\u00A0Кузнецов"), width).Lines;
        Assert.Equal(["Кузнецов", "А.И.\u00A0Кузнецов"], lines.Select(line => line.Text));

        var hyphenWidth = fonts.Measure("западный", Body) + 1;
        var hyphenated = new LineBreaker(fonts).Break(Text("северо-западный"), hyphenWidth).Lines;
        Assert.Equal(["северо-", "западный"], hyphenated.Select(line => line.Text));
    }

    [Fact]
    public void Justified_lines_fill_the_width_and_the_last_line_stays_left()
    {
        const float width = 300;
        var text = string.Join(' ', Enumerable.Repeat("обеспечить выполнение мероприятий в установленные сроки", 4));
        var lines = new LineBreaker(fonts).Break(Text(text, Alignment.Justify, indent: 35), width).Lines;
        Assert.True(lines.Count >= 3);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            Assert.InRange(line.Right, width - 0.05f, width + 0.05f);
        }

        Assert.True(lines[^1].Right < width - 20);
        Assert.Equal(35, lines[0].Runs[0].X, 3);
        Assert.Equal(0, lines[1].Runs[0].X, 3);
    }

    [Fact]
    public void Centred_and_right_aligned_lines_are_placed_by_their_measured_width()
    {
        var width = 400f;
        var measured = fonts.Measure("ПРИКАЗ", Body);
        var centred = new LineBreaker(fonts).Break(Text("ПРИКАЗ", Alignment.Center), width).Lines.Single();
        var right = new LineBreaker(fonts).Break(Text("ПРИКАЗ", Alignment.Right), width).Lines.Single();
        Assert.Equal((width - measured) / 2, centred.Runs[0].X, 3);
        Assert.Equal(width, right.Right, 3);
    }

    [Fact]
    public void A_landscape_section_swaps_the_sheet_dimensions()
    {
        var pages = Lay(Section(PageOrientation.Landscape, PageNumbers.None, Para("текст")));
        Assert.Equal(Units.Mm(297), pages[0].Geometry.Width, 3);
        Assert.Equal(Units.Mm(210), pages[0].Geometry.Height, 3);
        Assert.Equal(Units.Mm(297 - 30 - 10), pages[0].Geometry.ContentWidth, 3);
    }

    [Fact]
    public void Page_numbers_start_on_page_2_centred_in_the_top_margin()
    {
        var blocks = Enumerable.Range(0, 120).Select(i => (Block)Para($"Абзац {i} текста приказа, достаточно длинный, чтобы занять строку.")).ToArray();
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.FromSecondPage, blocks));
        Assert.True(pages.Count >= 3);
        Assert.Null(pages[0].Number);
        Assert.Equal([2, 3], pages.Skip(1).Take(2).Select(page => page.Number));
        var number = pages[1].Items.OfType<PageItem.Text>().Single(text => text.Value == "2");
        Assert.Equal(pages[1].Geometry.Width / 2, number.X + (fonts.Measure("2", number.Style) / 2), 1);
        Assert.True(number.Baseline - fonts.Ascent(number.Style) >= Units.Mm(10) - 0.01f);
    }

    [Fact]
    public void The_header_row_repeats_on_every_page_of_a_long_table()
    {
        var rows = new List<TableRow> { new(TableRowKind.Normal, true, [Cell("Наименование"), Cell("Срок")]) };
        rows.AddRange(Enumerable.Range(1, 80).Select(i => new TableRow(TableRowKind.Normal, false, [Cell($"Мероприятие {i}"), Cell("2020")])));
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, new Table([100, 50], rows)));
        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.Equal("Наименование", page.Texts.First()));
        Assert.Equal(80, pages.Sum(page => page.Texts.Count(text => text.StartsWith("Мероприятие", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_table_header_never_stands_alone_and_rows_joined_by_a_row_span_move_together()
    {
        var filler = Enumerable.Range(0, 200).Select(i => (Block)Para($"строка {i}")).ToList();
        var perPage = Lay(Section(PageOrientation.Portrait, PageNumbers.None, [.. filler]))[0].Texts.Count();
        var table = new Table([40, 40],
        [
            new(TableRowKind.Normal, true, [Cell("Шапка"), Cell("Срок")]),
            new(TableRowKind.Normal, false, [new TableCell([new Paragraph(StyleIds.Table, [new TextRun("ежемесячно")])], RowSpan: 2), Cell("первое")]),
            new(TableRowKind.Normal, false, [Cell("второе")]),
        ]);
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, [.. filler.Take(perPage - 2), table]));
        Assert.DoesNotContain("Шапка", pages[0].Texts);
        Assert.Equal(["Шапка", "Срок", "ежемесячно", "первое", "второе"], pages[1].Texts);
        var frames = pages[1].Items.OfType<PageItem.Frame>().ToList();
        Assert.Equal(frames[3].Height + frames[4].Height, frames[2].Height, 2);
    }

    [Fact]
    public void A_table_wider_than_the_page_is_scaled_to_the_content_width_and_empty_cells_keep_a_line()
    {
        var table = new Table([300, 100], [new(TableRowKind.Normal, false, [new TableCell([]), new TableCell([])])]);
        var page = Lay(Section(PageOrientation.Portrait, PageNumbers.None, table))[0];
        var frames = page.Items.OfType<PageItem.Frame>().ToList();
        Assert.Equal(page.Geometry.Width - page.Geometry.Right, frames.Max(frame => frame.X + frame.Width), 2);
        Assert.Equal(page.Geometry.ContentWidth * 0.75f, frames[0].Width, 2);
        Assert.True(frames[0].Height > 12);
    }

    [Fact]
    public void Rows_joined_by_a_row_span_taller_than_a_page_split_and_keep_every_line()
    {
        var rows = new List<TableRow>
        {
            new(TableRowKind.Normal, true, [Cell("Мероприятие"), Cell("Срок")]),
            new(TableRowKind.Normal, false, [Cell("Мероприятие 1"), new TableCell([new Paragraph(StyleIds.Table, [new TextRun("ежегодно")])], RowSpan: 90)]),
        };
        rows.AddRange(Enumerable.Range(2, 89).Select(i => new TableRow(TableRowKind.Normal, false, [Cell($"Мероприятие {i}")])));
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, new Table([100, 50], rows)));
        Assert.True(pages.Count >= 2);
        Assert.Equal(Enumerable.Range(1, 90).Select(i => $"Мероприятие {i}"), pages.SelectMany(page => page.Texts).Where(text => text.StartsWith("Мероприятие ", StringComparison.Ordinal)));
        Assert.All(pages, page => Assert.Equal("Мероприятие", page.Texts.First()));
        Assert.All(pages, page => Assert.All(page.Items.OfType<PageItem.Frame>(), frame => Assert.True(frame.Y + frame.Height <= page.Geometry.ContentBottom + 0.1f)));
    }

    [Fact]
    public void A_row_taller_than_the_room_left_splits_between_lines_of_its_cells()
    {
        var tall = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"слово{i}"));
        var table = new Table([60, 60],
        [
            new(TableRowKind.Normal, true, [Cell("Шапка А"), Cell("Шапка Б")]),
            new(TableRowKind.Normal, false, [Cell(tall), Cell("короткий")]),
        ]);
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, Para("Вступление"), table));
        Assert.True(pages.Count >= 2);
        var words = pages.SelectMany(page => page.Texts).SelectMany(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.StartsWith("слово", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"слово{i}"), words);
        Assert.StartsWith("слово1 ", string.Concat(pages[0].Texts.Where(t => t.StartsWith("слово", StringComparison.Ordinal)).Take(1)), StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Contains("Шапка А", page.Texts));
        Assert.All(pages, page => Assert.All(page.Items.OfType<PageItem.Frame>(), frame => Assert.True(frame.Y + frame.Height <= page.Geometry.ContentBottom + 0.1f)));
    }

    [Fact]
    public void A_keep_with_next_title_moves_to_the_page_of_its_text()
    {
        var filler = Enumerable.Range(0, 200).Select(i => (Block)Para($"строка {i}")).ToList();
        var pages0 = Lay(Section(PageOrientation.Portrait, PageNumbers.None, [.. filler]));
        var lastOnFirst = pages0[0].Texts.Count();
        var blocks = filler.Take(lastOnFirst - 1).Append(new Paragraph(StyleIds.Title, [new TextRun("Заголовок")])).Append(Para("Текст после заголовка")).ToArray();
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, blocks));
        Assert.DoesNotContain("Заголовок", pages[0].Texts);
        Assert.Equal("Заголовок", pages[1].Texts.First());
    }

    [Fact]
    public void A_paragraph_never_leaves_its_last_line_alone_at_the_top_of_a_page()
    {
        var filler = Enumerable.Range(0, 200).Select(i => (Block)Para($"строка {i}")).ToList();
        var perPage = Lay(Section(PageOrientation.Portrait, PageNumbers.None, [.. filler]))[0].Texts.Count();
        var five = new Paragraph(StyleIds.Normal,
            [new TextRun("первая"), new LineBreak(), new TextRun("вторая"), new LineBreak(), new TextRun("третья"), new LineBreak(), new TextRun("четвёртая"), new LineBreak(), new TextRun("пятая")],
            Alignment.Left);
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, [.. filler.Take(perPage - 4), five]));
        Assert.Equal(["четвёртая", "пятая"], pages[1].Texts);
        Assert.Equal("третья", pages[0].Texts.Last());
    }

    [Fact]
    public void The_executor_mark_sits_at_the_bottom_of_the_page_with_the_distribution_list_under_it()
    {
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, Para("Текст приказа"), new ExecutorMark(["Иванова Мария Петровна", "(351) 263-00-00"]), new DistributionList(["МОУО", "дело"])));
        var page = Assert.Single(pages);
        var texts = page.Items.OfType<PageItem.Text>().ToList();
        Assert.Equal(["Текст приказа", "Иванова Мария Петровна", "(351) 263-00-00", "Рассылка: МОУО, дело"], texts.Select(text => text.Value.Trim()));
        Assert.InRange(texts[^1].Baseline, page.Geometry.ContentBottom - 20, page.Geometry.ContentBottom);
        Assert.Equal(10, texts[1].Style.SizePt);
    }

    [Fact]
    public void The_electronic_signature_mark_stands_between_position_and_name_without_touching_them()
    {
        var mark = new ElectronicSignatureMark("01D6", "Кузнецов Александр Игоревич", "12.03.2020", "12.06.2021");
        var pages = Lay(Section(PageOrientation.Portrait, PageNumbers.None, new SignatureBlock(["Министр образования", "и науки Челябинской области"], "А.И.\u00A0Кузнецов", mark)));
        var items = pages[0].Items;
        var frame = Assert.Single(items.OfType<PageItem.Frame>());
        Assert.Equal(Units.Mm(ElectronicSignatureMark.WidthMm), frame.Width, 2);
        Assert.True(frame.Height >= Units.Mm(27) - 0.01f);
        var texts = items.OfType<PageItem.Text>().ToList();
        var left = pages[0].Geometry.Left;
        var position = texts.Where(text => Math.Abs(text.X - left) < 0.01f).ToList();
        Assert.Equal("Министр", position[0].Value.Split(' ')[0]);
        var name = texts.Single(text => text.Value.StartsWith("А.И.", StringComparison.Ordinal));
        Assert.Equal(position.Max(text => text.Baseline), name.Baseline, 2);
        Assert.All(position, text => Assert.True(text.X + fonts.Measure(text.Value, text.Style) < frame.X));
        Assert.True(frame.X + frame.Width < name.X);
        Assert.Equal(pages[0].Geometry.Width - pages[0].Geometry.Right, name.X + fonts.Measure(name.Value, name.Style), 2);
        Assert.Equal(8, texts.Single(text => text.Value.StartsWith("Сертификат", StringComparison.Ordinal)).Style.SizePt);
    }

    [Fact]
    public void Between_two_paragraphs_stands_the_larger_of_space_after_and_space_before_as_in_Word()
    {
        // «ПРИКАЗ» has 12 pt after it, the title 12 pt before: 12 pt between them, not 24.
        Block[] blocks = [new Paragraph(StyleIds.DocumentKind, [new TextRun("ПРИКАЗ")]), new Paragraph(StyleIds.Title, [new TextRun("Об утверждении")])];
        float Gap(StyleSheet styles)
        {
            var page = new DocumentLayout(fonts).Lay(new Document(
                new DocumentProperties("t", "a", "", "ru-RU", new DateOnly(2020, 1, 1)), styles,
                [Section(PageOrientation.Portrait, PageNumbers.None, blocks)]))[0];
            var texts = page.Items.OfType<PageItem.Text>().ToList();
            return texts.First(t => t.Value.Contains("утверждении", StringComparison.Ordinal)).Baseline - texts.First(t => t.Value.Contains("ПРИКАЗ", StringComparison.Ordinal)).Baseline;
        }

        var withoutSpaceBefore = StyleSheet.Default.With([StyleSheet.Default.Resolve(StyleIds.Title) with { SpaceBeforePt = 0 }]);
        Assert.Equal(Gap(withoutSpaceBefore), Gap(StyleSheet.Default), 3);
        var larger = StyleSheet.Default.With([StyleSheet.Default.Resolve(StyleIds.Title) with { SpaceBeforePt = 20 }]);
        Assert.Equal(Gap(withoutSpaceBefore) + 8, Gap(larger), 3);
    }

    private static Paragraph Para(string text) => new(StyleIds.Normal, [new TextRun(text)], Alignment.Left);

    private static TableCell Cell(string text) => new([new Paragraph(StyleIds.Table, [new TextRun(text)])]);

    private static PageSection Section(PageOrientation orientation, PageNumbers numbers, params Block[] blocks) =>
        new(PageSize.A4, orientation, PageMargins.Standard, numbers, false, blocks);

    private IReadOnlyList<LaidOutPage> Lay(params PageSection[] sections) =>
        new DocumentLayout(fonts).Lay(new Document(
            new DocumentProperties("t", "a", "", "ru-RU", new DateOnly(2020, 1, 1)), StyleSheet.Default, sections));
}
