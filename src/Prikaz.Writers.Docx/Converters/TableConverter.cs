using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// A bordered table with a fixed grid. Header rows carry <c>w:tblHeader</c> so Word repeats them on
/// every page; a short row (<see cref="TableRow.KeepTogether"/>) carries <c>w:cantSplit</c> and moves
/// whole to the next page, a long one may split. Cells stand where
/// <see cref="TableGrid"/> places them: a row span becomes <c>w:vMerge</c>, with continuation cells in
/// the rows below at its grid position, and a slot no cell fills gets an empty cell so the table
/// stays valid.
/// </summary>
internal sealed class TableConverter : BlockConverter<Table, DocxContext>
{
    protected override void Convert(Table block, DocxContext context)
    {
        var columns = block.ColumnWidthsMm.Select(Units.Twips).ToList();
        var table = TableParts.Create(columns, bordered: true, W.TableRowAlignmentValues.Left, TableParts.CellPaddingTwips);
        var grid = TableGrid.Of(block);
        for (var r = 0; r < block.Rows.Count; r++)
        {
            table.Append(ConvertRow(r, grid, block, columns, context));
        }

        context.Body.Append(table);
    }

    private static W.TableRow ConvertRow(int r, TableGrid grid, Table table, List<int> columns, DocxContext context)
    {
        var row = table.Rows[r];
        var result = new W.TableRow();
        if (row.IsHeader || row.Revision != Revision.None)
        {
            var properties = new W.TableRowProperties();
            if (row.IsHeader)
            {
                properties.Append(new W.TableHeader());
            }

            // A row inserted or deleted whole (ECMA-376 17.13.5.17, 17.13.5.14): accepting adds or removes the row itself.
            if (row.Revision != Revision.None)
            {
                properties.Append(Revisions.Mark(row.Revision, context));
            }

            result.Append(properties);
        }
        else if (row.KeepTogether)
        {
            result.Append(new W.TableRowProperties(new W.CantSplit()));
        }

        var column = 0;
        while (column < columns.Count)
        {
            if (grid.At(r, column) is not { } cell)
            {
                result.Append(TableParts.Cell(columns[column], 1, null, VerticalAlignment(row), CellContent(new TableCell([]), row, table, context)));
                column++;
                continue;
            }

            var width = Width(columns, column, cell.ColumnSpan);
            if (cell.Row < r)
            {
                result.Append(TableParts.Cell(width, cell.ColumnSpan, W.MergedCellValues.Continue, null, [new W.Paragraph()]));
            }
            else
            {
                var merge = cell.RowSpan > 1 ? W.MergedCellValues.Restart : (W.MergedCellValues?)null;
                result.Append(TableParts.Cell(width, cell.ColumnSpan, merge, VerticalAlignment(row), CellContent(cell.Cell, row, table, context)));
            }

            column += cell.ColumnSpan;
        }

        return result;
    }

    // Header cells centred vertically, as the PDF writer draws them; body cells start at the top.
    private static W.TableVerticalAlignmentValues? VerticalAlignment(TableRow row) =>
        row.IsHeader ? W.TableVerticalAlignmentValues.Center : null;

    private static IEnumerable<OpenXmlElement> CellContent(TableCell cell, TableRow row, Table table, DocxContext context)
    {
        var alignment = cell.Alignment ?? (row.Kind == TableRowKind.ColumnNumbers ? Alignment.Center : null);
        var format = new ParagraphFormat(alignment, Bold: row.Kind == TableRowKind.Section);
        if (cell.Paragraphs.Count == 0)
        {
            var style = row.IsHeader ? StyleIds.TableHeader : table.Style;
            yield return ParagraphFactory.Create(context, style, [], format);
            yield break;
        }

        foreach (var paragraph in cell.Paragraphs)
        {
            yield return ParagraphFactory.Create(context, paragraph.Style, paragraph.Inlines, format with { Alignment = alignment ?? paragraph.Alignment, Mark = paragraph.Revision });
        }
    }

    private static int Width(List<int> columns, int start, int span) => columns.Skip(start).Take(span).Sum();
}
