using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// A bordered table with fixed column widths. The leading header rows go into <c>thead</c>, which
/// browsers repeat at the top of every printed page; spans are HTML's own colspan and rowspan, as
/// <see cref="TableGrid"/> places the cells, so a browser draws the grid the other writers draw.
/// </summary>
internal sealed class TableConverter : BlockConverter<Table, HtmlRenderer>
{
    protected override void Convert(Table block, HtmlRenderer renderer)
    {
        var markup = renderer.Markup;
        markup.OpenBlock("table", ("class", "grid"), ("style", $"width: {Css.Mm(block.ColumnWidthsMm.Sum())}"));
        markup.OpenBlock("colgroup");
        foreach (var width in block.ColumnWidthsMm)
        {
            markup.VoidLine("col", ("style", $"width: {Css.Mm(width)}"));
        }

        markup.CloseBlock("colgroup");
        var grid = TableGrid.Of(block);
        var headerCount = block.Rows.TakeWhile(row => row.IsHeader).Count();
        if (headerCount > 0)
        {
            markup.OpenBlock("thead");
            for (var r = 0; r < headerCount; r++)
            {
                WriteRow(renderer, block.Rows[r], grid.StartingIn(r));
            }

            markup.CloseBlock("thead");
        }

        if (headerCount < block.Rows.Count)
        {
            markup.OpenBlock("tbody");
            for (var r = headerCount; r < block.Rows.Count; r++)
            {
                WriteRow(renderer, block.Rows[r], grid.StartingIn(r));
            }

            markup.CloseBlock("tbody");
        }

        markup.CloseBlock("table");
    }

    private static void WriteRow(HtmlRenderer renderer, TableRow row, IReadOnlyList<GridCell> cells)
    {
        var markup = renderer.Markup;
        var kindClass = row.Kind switch
        {
            TableRowKind.ColumnNumbers => "column-numbers",
            TableRowKind.Section => "section-row",
            _ => null,
        };

        // A short row is not split across printed pages (break-inside: avoid); a long one may be.
        var rowClass = row.KeepTogether ? (kindClass is null ? "keep" : kindClass + " keep") : kindClass;
        var (rowId, rowSource) = renderer.Anchor(row.Source);
        markup.OpenBlock("tr", ("class", rowClass), rowId, rowSource);

        // Header cells are column headings for assistive technology; the column-number row is not.
        var isHeading = row.IsHeader && row.Kind == TableRowKind.Normal;
        foreach (var cell in cells)
        {
            var tag = isHeading ? "th" : "td";
            var (cellId, cellSource) = renderer.Anchor(cell.Cell.Source);
            markup.OpenBlock(
                tag,
                ("scope", isHeading ? "col" : null),
                ("colspan", cell.ColumnSpan > 1 ? Css.Number(cell.ColumnSpan) : null),
                ("rowspan", cell.RowSpan > 1 ? Css.Number(cell.RowSpan) : null),
                cellId,
                cellSource);
            foreach (var paragraph in cell.Cell.Paragraphs)
            {
                renderer.WriteParagraph("p", paragraph.Style, cell.Cell.Alignment ?? paragraph.Alignment, paragraph.Inlines);
            }

            markup.CloseBlock(tag);
        }

        markup.CloseBlock("tr");
    }
}
