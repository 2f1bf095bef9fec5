using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// A bordered table with a fixed grid. Header rows carry <c>w:tblHeader</c> so Word repeats them on
/// every page; rows may split across pages (no <c>w:cantSplit</c>). Row spans become <c>w:vMerge</c>:
/// the model lists a spanning cell once, so the rows below get continuation cells at its grid position.
/// </summary>
internal sealed class TableConverter : BlockConverter<Table, DocxContext>
{
    protected override void Convert(Table block, DocxContext context)
    {
        var columns = block.ColumnWidthsMm.Select(Units.Twips).ToList();
        var table = TableParts.Create(columns, bordered: true, W.TableRowAlignmentValues.Left, TableParts.CellPaddingTwips);
        var spans = new ActiveSpan?[columns.Count];
        foreach (var row in block.Rows)
        {
            table.Append(ConvertRow(row, block, columns, spans, context));
        }

        context.Body.Append(table);
    }

    private sealed record ActiveSpan(int ColumnSpan, int RowsLeft);

    private static W.TableRow ConvertRow(TableRow row, Table table, List<int> columns, ActiveSpan?[] spans, DocxContext context)
    {
        var result = new W.TableRow();
        if (row.IsHeader)
        {
            result.Append(new W.TableRowProperties(new W.TableHeader()));
        }

        var pending = new Queue<TableCell>(row.Cells);
        var column = 0;
        while (column < columns.Count)
        {
            if (spans[column] is { } span)
            {
                result.Append(TableParts.Cell(Width(columns, column, span.ColumnSpan), span.ColumnSpan, W.MergedCellValues.Continue, null, [new W.Paragraph()]));
                spans[column] = span.RowsLeft > 1 ? span with { RowsLeft = span.RowsLeft - 1 } : null;
                column += span.ColumnSpan;
                continue;
            }

            // A row with too few cells (the parser reports it) is padded so the table stays valid.
            var cell = pending.Count > 0 ? pending.Dequeue() : new TableCell([]);
            var columnSpan = Math.Clamp(cell.ColumnSpan, 1, columns.Count - column);
            W.MergedCellValues? merge = null;
            if (cell.RowSpan > 1)
            {
                merge = W.MergedCellValues.Restart;
                spans[column] = new ActiveSpan(columnSpan, cell.RowSpan - 1);
            }

            // Header cells centred vertically, as the PDF writer draws them; body cells start at the top.
            var vertical = row.IsHeader ? W.TableVerticalAlignmentValues.Center : (W.TableVerticalAlignmentValues?)null;
            result.Append(TableParts.Cell(Width(columns, column, columnSpan), columnSpan, merge, vertical, CellContent(cell, row, table, context)));
            column += columnSpan;
        }

        return result;
    }

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
            yield return ParagraphFactory.Create(context, paragraph.Style, paragraph.Inlines, format with { Alignment = alignment ?? paragraph.Alignment });
        }
    }

    private static int Width(List<int> columns, int start, int span) => columns.Skip(start).Take(span).Sum();
}
