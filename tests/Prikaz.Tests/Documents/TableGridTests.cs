using Prikaz.Documents;

namespace Prikaz.Tests.Documents;

/// <summary>The one place where cells are put on a table's grid: the markup reader's check and every writer use it.</summary>
public sealed class TableGridTests
{
    private static TableCell Cell(int columnSpan = 1, int rowSpan = 1) => new([], columnSpan, rowSpan);

    private static TableRow Row(params TableCell[] cells) => new(TableRowKind.Normal, false, cells);

    private static IEnumerable<(int Row, int Column, int ColumnSpan, int RowSpan)> Placed(TableGrid grid) =>
        grid.Cells.Select(c => (c.Row, c.Column, c.ColumnSpan, c.RowSpan));

    [Fact]
    public void Cells_go_to_the_first_free_column_right_of_spans_from_above()
    {
        // The roadmap shape: a section row spanning all columns, then a responsible party spanning two rows.
        var grid = TableGrid.Plan(
            [Row(Cell(columnSpan: 4)), Row(Cell(), Cell(), Cell(rowSpan: 2), Cell()), Row(Cell(), Cell(), Cell())],
            columnCount: 4);

        Assert.Equal([(0, 0, 4, 1), (1, 0, 1, 1), (1, 1, 1, 1), (1, 2, 1, 2), (1, 3, 1, 1), (2, 0, 1, 1), (2, 1, 1, 1), (2, 3, 1, 1)], Placed(grid).ToList());
        Assert.Equal([], grid.Problems);
        Assert.Same(grid.At(1, 2), grid.At(2, 2));
        Assert.Equal(grid.Cells.Skip(5), grid.StartingIn(2));
    }

    [Fact]
    public void A_colspan_into_a_span_from_above_is_narrowed_so_no_slot_is_covered_twice()
    {
        var grid = TableGrid.Plan([Row(Cell(), Cell(rowSpan: 2), Cell()), Row(Cell(columnSpan: 3))], columnCount: 3);

        Assert.Equal([(0, 0, 1, 1), (0, 1, 1, 2), (0, 2, 1, 1), (1, 0, 1, 1)], Placed(grid).ToList());
        Assert.Equal([new TableShapeProblem(TableShapeIssue.IntoSpanFromAbove, 1, 2), new TableShapeProblem(TableShapeIssue.EmptySlots, 1, 1)], grid.Problems);
        var covered = Enumerable.Range(0, 2).SelectMany(r => Enumerable.Range(0, 3).Select(c => grid.At(r, c))).Count(cell => cell is not null);
        Assert.Equal(grid.Cells.Sum(c => c.ColumnSpan * c.RowSpan), covered);
    }

    [Fact]
    public void A_cell_past_the_last_column_is_left_out_with_the_rest_of_its_row()
    {
        var grid = TableGrid.Plan([Row(Cell(), Cell(columnSpan: 3), Cell())], columnCount: 3);

        Assert.Equal([(0, 0, 1, 1)], Placed(grid).ToList());
        Assert.Equal([new TableShapeProblem(TableShapeIssue.PastLastColumn, 0, 2), new TableShapeProblem(TableShapeIssue.EmptySlots, 0, 2)], grid.Problems);
        Assert.Null(grid.At(0, 1));
    }

    [Fact]
    public void A_row_span_past_the_last_row_stops_there_and_is_reported_once()
    {
        var grid = TableGrid.Plan([Row(Cell(rowSpan: 5), Cell(rowSpan: 9)), Row()], columnCount: 2);

        Assert.Equal([(0, 0, 1, 2), (0, 1, 1, 2)], Placed(grid).ToList());
        Assert.Equal([new TableShapeProblem(TableShapeIssue.RowSpanPastLastRow, 1, 1)], grid.Problems);
    }

    [Fact]
    public void The_docx_writer_continues_a_row_span_at_its_grid_position_and_fills_empty_slots()
    {
        var table = new Table([20, 20, 20], [Row(Cell(), Cell(rowSpan: 2), Cell()), Row(Cell())]);
        var document = new Document(new DocumentProperties("t", "a", "s", "ru-RU", new DateOnly(2024, 1, 15)), StyleSheet.Default,
            [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, [table])]);
        using var output = new MemoryStream();
        new Prikaz.Writers.Docx.DocxWriter().Write(document, output);

        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output.ToArray()), isEditable: false);
        var rows = package.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        string Merge(DocumentFormat.OpenXml.Wordprocessing.TableCell cell) =>
            cell.TableCellProperties?.VerticalMerge?.Val?.ToString() ?? "-";
        Assert.Equal(["-", "restart", "-"], rows[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(Merge));
        Assert.Equal(["-", "continue", "-"], rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(Merge));
    }
}
