using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// A bordered table: cells where <see cref="TableGrid"/> places them, wrapped at their column widths,
/// rows as tall as their tallest cell, header rows repeated at the top of every page, and a row taller
/// than the room left split between lines of its cells. Rows joined by a row span move as one band to the next page when they fit on one,
/// and split like a single row otherwise; so does a short row (<see cref="TableRow.KeepTogether"/>).
/// </summary>
internal sealed class TableFlow : FlowBlock
{
    private const float BorderWidth = 0.5f;
    private static readonly float PaddingX = Units.Mm(1);
    // No top or bottom cell margin, as in the DOCX (TableParts: top and bottom margins 0): the line
    // height's own leading keeps text off the borders, and rows are as tall as Word makes them.
    private const float PaddingY = 0;

    private readonly float[] columnX;
    private readonly List<Cell> cells = [];

    // The cells by the row they start in: looking them up row by row keeps a 5,000-row table linear.
    private readonly List<Cell>[] cellsByRow;
    private readonly float[] rowHeights;
    private readonly int headerRows;
    private readonly List<(int Start, int End)> bands = [];
    private readonly List<(int Start, int End)> body;
    private readonly HashSet<int> sectionRows = [];
    private readonly HashSet<int> keptRows = [];

    private readonly float pageHeight;

    /// <param name="table">The table.</param>
    /// <param name="styler">Resolves the cells' paragraph styles.</param>
    /// <param name="breaker">Breaks cell text into lines.</param>
    /// <param name="pageHeight">Height of the content area of a page of the section.</param>
    /// <param name="contentWidth">Width of the section's content area; a wider table is scaled down to it.</param>
    public TableFlow(Table table, ParagraphStyler styler, LineBreaker breaker, float contentWidth, float pageHeight)
    {
        this.pageHeight = pageHeight;
        var total = Units.Mm(table.ColumnWidthsMm.Sum());
        var scale = total > contentWidth ? contentWidth / total : 1;
        columnX = new float[table.ColumnWidthsMm.Count + 1];
        for (var c = 0; c < table.ColumnWidthsMm.Count; c++)
        {
            columnX[c + 1] = columnX[c] + (Units.Mm(table.ColumnWidthsMm[c]) * scale);
        }

        var rowCount = table.Rows.Count;
        rowHeights = new float[rowCount];
        cellsByRow = new List<Cell>[rowCount];
        foreach (var placed in TableGrid.Of(table).Cells)
        {
            var x = columnX[placed.Column];
            var width = columnX[placed.Column + placed.ColumnSpan] - x;
            cells.Add(new Cell(placed.Row, placed.RowSpan, x, width, Content(placed.Cell, table.Rows[placed.Row], table.Style, styler, breaker, width - (2 * PaddingX))));
            (cellsByRow[placed.Row] ??= []).Add(cells[^1]);
        }

        for (var r = 0; r < rowCount; r++)
        {
            var row = table.Rows[r];
            if (row.Kind == TableRowKind.Section)
            {
                sectionRows.Add(r);
            }

            if (row.KeepTogether)
            {
                keptRows.Add(r);
            }

            if (row.IsHeader && headerRows == r)
            {
                headerRows = r + 1;
            }
        }

        foreach (var cell in cells.Where(cell => cell.RowSpan == 1))
        {
            rowHeights[cell.Row] = Math.Max(rowHeights[cell.Row], cell.Needed);
        }

        foreach (var cell in cells.Where(cell => cell.RowSpan > 1))
        {
            var have = SpanHeight(cell.Row, cell.Row + cell.RowSpan);
            if (cell.Needed > have)
            {
                rowHeights[cell.Row + cell.RowSpan - 1] += cell.Needed - have;
            }
        }

        for (var start = 0; start < rowCount;)
        {
            var end = start + 1;
            for (var r = start; r < end; r++)
            {
                foreach (var cell in CellsIn(r, r + 1))
                {
                    end = Math.Max(end, cell.Row + cell.RowSpan);
                }
            }

            // The header stays whole: a band never straddles its last row.
            if (start < headerRows && end > headerRows)
            {
                headerRows = end;
            }

            bands.Add((start, end));
            start = end;
        }

        body = [.. bands.Where(band => band.Start >= headerRows)];
    }

    public float HeaderHeight => SpanHeight(0, headerRows);

    public override float Height => SpanHeight(0, rowHeights.Length);

    /// <summary>The header with the first body row, or with that row's first line when the row is taller than a page.</summary>
    public override float LeadHeight => HeaderHeight + Need(0);

    public override void Place(PageFlow flow)
    {
        if (LeadHeight > flow.Remaining + 0.01f && !flow.AtTop)
        {
            flow.NewPage();
        }

        void Header()
        {
            if (headerRows > 0)
            {
                DrawRows(flow, 0, headerRows, flow.Y);
                flow.Advance(HeaderHeight);
            }
        }

        Header();
        flow.PageStarted = Header;
        for (var b = 0; b < body.Count; b++)
        {
            var (start, end) = body[b];

            // The first band was made room for above (LeadHeight), so the header never stands alone.
            if (b > 0 && !flow.AtTop && Need(b) > flow.Remaining + 0.01f)
            {
                flow.NewPage();
            }

            var height = SpanHeight(start, end);
            if (height <= flow.Remaining + 0.01f)
            {
                DrawRows(flow, start, end, flow.Y);
                flow.Advance(height);
            }
            else
            {
                SplitBand(flow, start, end);
            }
        }

        flow.PageStarted = null;
    }

    /// <summary>
    /// The room a body band needs at the bottom of a page before it may start there: a single row
    /// splits, so its first line, unless it is short and kept whole; rows joined by a row span stay
    /// together when they fit a page; a section heading row takes the next band's need along, so it
    /// never stands alone.
    /// </summary>
    private float Need(int b)
    {
        if (b >= body.Count)
        {
            return 0;
        }

        var (start, end) = body[b];
        var height = SpanHeight(start, end);
        if (sectionRows.Contains(start))
        {
            return height + Need(b + 1);
        }

        return (end - start == 1 && !keptRows.Contains(start)) || height > pageHeight - HeaderHeight ? Lead(start) : height;
    }

    /// <summary>The least a row needs on a page: its padding and the first line of its tallest cell.</summary>
    private float Lead(int row)
    {
        var first = CellsIn(row, row + 1).ToList();
        return first.Count == 0 ? 0 : (2 * PaddingY) + first.Max(cell => cell.Lines.Count == 0 ? 0 : cell.Lines[0].Line.Height);
    }

    // Cells are made row by row, so this is their original order.
    private IEnumerable<Cell> CellsIn(int start, int end) =>
        Enumerable.Range(start, end - start).SelectMany(row => cellsByRow[row] ?? []);

    private float SpanHeight(int start, int end)
    {
        var sum = 0f;
        for (var r = start; r < end; r++)
        {
            sum += rowHeights[r];
        }

        return sum;
    }

    private void DrawRows(PageFlow flow, int start, int end, float top)
    {
        foreach (var cell in CellsIn(start, end))
        {
            var y = top + SpanHeight(start, cell.Row);
            var height = SpanHeight(cell.Row, cell.Row + cell.RowSpan);

            // Header cells are centred vertically, as roadmap headers are set in Word.
            var shift = cell.Row < headerRows ? -(height - cell.Needed) / 2 : 0;
            DrawCell(flow, cell, cell.Lines, shift, y, height);
        }
    }

    /// <summary>
    /// Splits a band between pages at a cut that crosses no line of any cell: each cell keeps the
    /// lines above the cut, its borders close at the page end and continue under the repeated header.
    /// </summary>
    private void SplitBand(PageFlow flow, int start, int end)
    {
        var band = CellsIn(start, end).ToList();
        var total = SpanHeight(start, end);
        var from = 0f;
        while (true)
        {
            var extraTop = from > 0 ? PaddingY : 0;
            var room = flow.Remaining - extraTop;
            if (from + room >= total - 0.01f)
            {
                DrawFragment(flow, band, start, from, total, extraTop, last: true);
                flow.Advance(extraTop + total - from);
                return;
            }

            var cut = from + room - PaddingY;
            for (var moved = true; moved;)
            {
                moved = false;
                foreach (var cell in band)
                {
                    var contentTop = SpanHeight(start, cell.Row) + PaddingY;
                    foreach (var (top, line) in cell.Lines)
                    {
                        var lineTop = contentTop + top;
                        if (lineTop < cut - 0.01f && lineTop + line.Height > cut + 0.01f)
                        {
                            cut = lineTop;
                            moved = true;
                        }
                    }
                }
            }

            if (cut <= from + 0.01f)
            {
                if (!flow.AtTop)
                {
                    flow.NewPage();
                    continue;
                }

                // A single line taller than a whole page: let it overflow rather than loop.
                cut = from + room - PaddingY;
            }

            DrawFragment(flow, band, start, from, cut, extraTop, last: false);
            flow.Advance(extraTop + cut - from + PaddingY);
            from = cut;
            flow.NewPage();
        }
    }

    /// <summary>Draws the part [<paramref name="from"/>, <paramref name="to"/>) of a band (band coordinates) at the cursor.</summary>
    private void DrawFragment(PageFlow flow, List<Cell> band, int start, float from, float to, float extraTop, bool last)
    {
        var top = flow.Y;
        float Map(float y) => top + extraTop + (y - from);
        var bottom = last ? Map(to) : Map(to) + PaddingY;
        foreach (var cell in band)
        {
            var cellTop = SpanHeight(start, cell.Row);
            var cellBottom = SpanHeight(start, cell.Row + cell.RowSpan);
            if (cellBottom <= from + 0.01f || cellTop >= to - 0.01f)
            {
                continue;
            }

            var frameTop = cellTop >= from ? Map(cellTop) : top;
            var frameBottom = cellBottom < to - 0.01f ? Map(cellBottom) : bottom;
            var left = flow.Left + cell.X;
            flow.Add(new PageItem.Frame(left, frameTop, cell.Width, frameBottom - frameTop, BorderWidth));
            foreach (var (lineTop, line) in cell.Lines)
            {
                var y = cellTop + PaddingY + lineTop;
                if (y >= from - 0.01f && y < to - 0.01f)
                {
                    foreach (var run in line.Runs)
                    {
                        flow.Add(new PageItem.Text(left + PaddingX + run.X, Map(y) + line.Baseline, run.Text, run.Style));
                    }
                }
            }
        }
    }

    private static void DrawCell(PageFlow flow, Cell cell, IReadOnlyList<CellLine> lines, float shift, float top, float height)
    {
        var left = flow.Left + cell.X;
        flow.Add(new PageItem.Frame(left, top, cell.Width, height, BorderWidth));
        foreach (var (lineTop, line) in lines)
        {
            foreach (var run in line.Runs)
            {
                flow.Add(new PageItem.Text(left + PaddingX + run.X, top + PaddingY + lineTop - shift + line.Baseline, run.Text, run.Style));
            }
        }
    }

    private static List<CellLine> Content(TableCell cell, TableRow row, string bodyStyle, ParagraphStyler styler, LineBreaker breaker, float width)
    {
        var lines = new List<CellLine>();
        var y = 0f;

        // An empty cell still holds one empty line of its style, as in Word.
        var paragraphs = cell.Paragraphs.Count > 0
            ? cell.Paragraphs
            : [new Paragraph(row.IsHeader ? StyleIds.TableHeader : bodyStyle, [])];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var alignment = cell.Alignment ?? paragraph.Alignment ?? (row.Kind == TableRowKind.ColumnNumbers ? Alignment.Center : null);
            var style = string.IsNullOrEmpty(paragraph.Style) ? bodyStyle : paragraph.Style;
            var broken = breaker.Break(styler.Paragraph(style, paragraph.Inlines, alignment, bold: row.Kind == TableRowKind.Section), width);
            if (p > 0)
            {
                y += broken.Format.SpaceBefore;
            }

            foreach (var line in broken.Lines)
            {
                lines.Add(new CellLine(y, line));
                y += line.Height;
            }

            if (p < paragraphs.Count - 1)
            {
                y += broken.Format.SpaceAfter;
            }
        }

        return lines;
    }

    private readonly record struct CellLine(float Top, PlacedLine Line);

    private sealed record Cell(int Row, int RowSpan, float X, float Width, List<CellLine> Lines)
    {
        public float Needed => (2 * PaddingY) + (Lines.Count == 0 ? 0 : Lines[^1].Top + Lines[^1].Line.Height);
    }
}
