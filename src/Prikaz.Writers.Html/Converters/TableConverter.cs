using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// A bordered table with fixed column widths. The leading header rows go into <c>thead</c>, which
/// browsers repeat at the top of every printed page; spans are HTML's own colspan and rowspan.
/// </summary>
internal sealed class TableConverter : BlockConverter<Table>
{
    protected override void Write(HtmlRenderer renderer, Table block)
    {
        var markup = renderer.Markup;
        markup.OpenBlock("table", ("class", "grid"), ("style", $"width: {Css.Mm(block.ColumnWidthsMm.Sum())}"));
        markup.OpenBlock("colgroup");
        foreach (var width in block.ColumnWidthsMm)
        {
            markup.VoidLine("col", ("style", $"width: {Css.Mm(width)}"));
        }

        markup.CloseBlock("colgroup");
        var headerCount = block.Rows.TakeWhile(row => row.IsHeader).Count();
        if (headerCount > 0)
        {
            markup.OpenBlock("thead");
            foreach (var row in block.Rows.Take(headerCount))
            {
                WriteRow(renderer, row);
            }

            markup.CloseBlock("thead");
        }

        if (headerCount < block.Rows.Count)
        {
            markup.OpenBlock("tbody");
            foreach (var row in block.Rows.Skip(headerCount))
            {
                WriteRow(renderer, row);
            }

            markup.CloseBlock("tbody");
        }

        markup.CloseBlock("table");
    }

    private static void WriteRow(HtmlRenderer renderer, TableRow row)
    {
        var markup = renderer.Markup;
        var rowClass = row.Kind switch
        {
            TableRowKind.ColumnNumbers => "column-numbers",
            TableRowKind.Section => "section-row",
            _ => null,
        };
        var (rowId, rowSource) = renderer.Anchor(row.Source);
        markup.OpenBlock("tr", ("class", rowClass), rowId, rowSource);

        // Header cells are column headings for assistive technology; the column-number row is not.
        var isHeading = row.IsHeader && row.Kind == TableRowKind.Normal;
        foreach (var cell in row.Cells)
        {
            var tag = isHeading ? "th" : "td";
            var (cellId, cellSource) = renderer.Anchor(cell.Source);
            markup.OpenBlock(
                tag,
                ("scope", isHeading ? "col" : null),
                ("colspan", cell.ColumnSpan > 1 ? Css.Number(cell.ColumnSpan) : null),
                ("rowspan", cell.RowSpan > 1 ? Css.Number(cell.RowSpan) : null),
                cellId,
                cellSource);
            foreach (var paragraph in cell.Paragraphs)
            {
                renderer.WriteParagraph("p", paragraph.Style, cell.Alignment ?? paragraph.Alignment, paragraph.Inlines);
            }

            markup.CloseBlock(tag);
        }

        markup.CloseBlock("tr");
    }
}
