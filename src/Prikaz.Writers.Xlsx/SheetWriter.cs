using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Prikaz.Documents;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;
using Table = Prikaz.Documents.Table;

namespace Prikaz.Writers.Xlsx;

/// <summary>
/// One table as a worksheet. Cells stand where <see cref="TableGrid"/> places them, spans become
/// merged ranges; the column-number row (a convention of print) is left out; the header rows are
/// frozen and the last of them carries the autofilter; columns are as wide as in print.
/// </summary>
internal static class SheetWriter
{
    // A column of the default 11-pt font is about 1.9 mm per character of width.
    private const double MillimetresPerCharacter = 1.9;

    /// <summary>The worksheet, and the range its autofilter covers (null for a table without a header).</summary>
    public static (Worksheet Sheet, string? Filter) Write(Table table)
    {
        var grid = TableGrid.Of(table);
        var kept = Enumerable.Range(0, table.Rows.Count).Where(r => table.Rows[r].Kind != TableRowKind.ColumnNumbers).ToList();
        var rowOf = kept.Select((row, index) => (row, index)).ToDictionary(pair => pair.row, pair => pair.index);
        var data = new SheetData();
        var merges = new List<string>();
        foreach (var r in kept)
        {
            var source = table.Rows[r];
            var row = new Row { RowIndex = (uint)(rowOf[r] + 1) };
            foreach (var placed in grid.Cells.Where(cell => cell.Row == r))
            {
                var reference = CellReference.Of(rowOf[r], placed.Column);
                row.Append(Cell(reference, placed.Cell, StyleOf(source, placed.Cell)));
                if (placed.ColumnSpan > 1 || placed.RowSpan > 1)
                {
                    var lastRow = kept.Last(k => k <= placed.Row + placed.RowSpan - 1);
                    merges.Add($"{reference}:{CellReference.Of(rowOf[lastRow], placed.Column + placed.ColumnSpan - 1)}");
                }
            }

            data.Append(row);
        }

        var headers = kept.Count(r => table.Rows[r].IsHeader);
        var sheet = new Worksheet();
        if (headers > 0)
        {
            sheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = headers, TopLeftCell = CellReference.Of(headers, 0), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { WorkbookViewId = 0 }));
        }

        sheet.Append(new Columns(table.ColumnWidthsMm.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Round(width / MillimetresPerCharacter, 1),
            CustomWidth = true,
        })));
        sheet.Append(data);
        string? filter = null;
        if (headers > 0 && kept.Count > headers)
        {
            filter = $"{CellReference.Of(headers - 1, 0)}:{CellReference.Of(kept.Count - 1, Math.Max(0, table.ColumnWidthsMm.Count - 1))}";
            sheet.Append(new AutoFilter { Reference = filter });
        }

        if (merges.Count > 0)
        {
            sheet.Append(new MergeCells(merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)merges.Count });
        }

        return (sheet, filter);
    }

    private static SheetStyle StyleOf(TableRow row, TableCell cell) =>
        row.IsHeader ? SheetStyle.Header
        : row.Kind == TableRowKind.Section ? SheetStyle.Section
        : cell.Value?.Date is not null ? SheetStyle.Date
        : cell.Value?.Number is not null ? SheetStyle.Number
        : SheetStyle.Text;

    private static Cell Cell(string reference, TableCell cell, SheetStyle style)
    {
        // A date is the serial number spreadsheets count days by, shown as дд.мм.гггг: a real date, sortable and filterable.
        if (cell.Value?.Date is { } date)
        {
            var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
            return new Cell { CellReference = reference, StyleIndex = (uint)style, CellValue = new CellValue(serial) };
        }

        if (cell.Value?.Number is { } number)
        {
            return new Cell { CellReference = reference, StyleIndex = (uint)style, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) };
        }

        return new Cell
        {
            CellReference = reference,
            StyleIndex = (uint)style,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(CellText.Of(cell)) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }
}
