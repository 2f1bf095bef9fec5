namespace Prikaz.Documents;

/// <summary>
/// Marks the table rows short enough to be kept on one page (<see cref="TableRow.KeepTogether"/>): a
/// row of a few lines split across two pages is hard to read («1.2. Семинар для» at the foot of one
/// page, «руководителей» at the head of the next), while moving it whole costs at most a few lines of
/// the page. Decided once, in the neutral document, from the text measured in the document's fonts, so
/// DOCX (<c>w:cantSplit</c>), PDF and HTML (<c>break-inside: avoid</c>) keep the same rows together.
/// </summary>
public static class ShortRows
{
    /// <summary>The most lines a row's tallest cell may have to be kept whole: about a fifth of a landscape page at 12 pt.</summary>
    public const int MaxLines = 8;

    /// <summary>Cell padding left and right, as the writers set it.</summary>
    private const double CellPaddingMm = 2;

    public static Document Mark(Document document, ITextMeasure measure) => document with
    {
        Sections = [.. document.Sections.Select(section => section with
        {
            Blocks = [.. section.Blocks.Select(block => block is Table table ? Mark(table, document.Styles, measure) : block)],
        })],
    };

    private static Table Mark(Table table, StyleSheet styles, ITextMeasure measure)
    {
        var grid = TableGrid.Of(table);
        var rows = table.Rows.Select((row, r) => row.IsHeader ? row : row with
        {
            KeepTogether = grid.StartingIn(r)
                .Where(cell => cell.RowSpan == 1)
                .Select(cell => Lines(cell, table, styles, measure))
                .DefaultIfEmpty(0)
                .Max() <= MaxLines,
        });
        return table with { Rows = [.. rows] };
    }

    private static int Lines(GridCell cell, Table table, StyleSheet styles, ITextMeasure measure)
    {
        var width = table.ColumnWidthsMm.Skip(cell.Column).Take(cell.ColumnSpan).Sum() - CellPaddingMm;
        return cell.Cell.Paragraphs.Sum(paragraph => Lines(paragraph, styles.Resolve(paragraph.Style), width, measure));
    }

    // The lines of each piece between forced line breaks, filled as the PDF layout fills them.
    private static int Lines(Paragraph paragraph, ParagraphStyle style, double width, ITextMeasure measure)
    {
        var lines = 0;
        var piece = new List<TextRun>();
        foreach (var inline in paragraph.Inlines.Append(new LineBreak()))
        {
            if (inline is TextRun run)
            {
                piece.Add(run);
            }
            else if (inline is LineBreak)
            {
                var bold = style.Bold || piece.Any(run => run.Bold);
                var italic = style.Italic || piece.Any(run => run.Italic);
                lines += LineFilling.Count(string.Concat(piece.Select(run => run.Text)), width, style.FontSizePt, bold, italic, measure);
                piece.Clear();
            }
        }

        return lines;
    }
}
