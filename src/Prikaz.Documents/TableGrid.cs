namespace Prikaz.Documents;

/// <summary>
/// The grid of a <see cref="Table"/>: every cell placed once on rows × columns, the way HTML places
/// cells (each in the first free column of its row, right of the cells above that span down into it),
/// like pandoc's <c>AnnotatedTable</c>. The markup reader reports its <see cref="Problems"/>; the
/// writers draw its <see cref="Cells"/>, so a table that does not fill its grid is drawn the way the
/// reader described it. No slot is covered twice: a cell whose column span would run into a cell
/// spanning down from above is narrowed, one that runs past the last column is left out with the rest
/// of its row, and a row span past the last row stops there.
/// </summary>
public sealed class TableGrid
{
    private readonly GridCell?[,] slots;
    private readonly IReadOnlyList<GridCell>[] startingIn;

    private TableGrid(GridCell?[,] slots, List<GridCell> cells, List<TableShapeProblem> problems)
    {
        this.slots = slots;
        Cells = cells;
        Problems = problems;
        // One pass: the cells are placed row by row, so each row's cells are one run of the list.
        startingIn = new IReadOnlyList<GridCell>[RowCount];
        var start = 0;
        for (var r = 0; r < RowCount; r++)
        {
            var end = start;
            while (end < cells.Count && cells[end].Row == r)
            {
                end++;
            }

            startingIn[r] = cells.GetRange(start, end - start);
            start = end;
        }
    }

    public int RowCount => slots.GetLength(0);

    public int ColumnCount => slots.GetLength(1);

    /// <summary>The placed cells, row by row and left to right within a row.</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    /// <summary>Where the table does not fill its grid, in row order; empty for a well-formed table.</summary>
    public IReadOnlyList<TableShapeProblem> Problems { get; }

    /// <summary>Places the cells of <paramref name="table"/> on its grid of <see cref="Table.ColumnWidthsMm"/> columns.</summary>
    public static TableGrid Of(Table table) => Plan(table.Rows, table.ColumnWidthsMm.Count);

    /// <summary>Places the cells of <paramref name="rows"/> on a grid of <paramref name="columnCount"/> columns.</summary>
    public static TableGrid Plan(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var slots = new GridCell?[rows.Count, columnCount];
        var cells = new List<GridCell>();
        var problems = new List<TableShapeProblem>();
        var spanPastEnd = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            var row = rows[r].Cells;
            for (var i = 0; i < row.Count; i++)
            {
                while (column < columnCount && slots[r, column] is not null)
                {
                    column++;
                }

                var columnSpan = Math.Max(1, row[i].ColumnSpan);
                if (column + columnSpan > columnCount)
                {
                    problems.Add(new TableShapeProblem(TableShapeIssue.PastLastColumn, r, row.Count - i));
                    break;
                }

                var free = 1;
                while (free < columnSpan && slots[r, column + free] is null)
                {
                    free++;
                }

                if (free < columnSpan)
                {
                    problems.Add(new TableShapeProblem(TableShapeIssue.IntoSpanFromAbove, r, columnSpan - free));
                    columnSpan = free;
                }

                var rowSpan = Math.Max(1, row[i].RowSpan);
                if (r + rowSpan > rows.Count)
                {
                    spanPastEnd = true;
                    rowSpan = rows.Count - r;
                }

                var cell = new GridCell(row[i], r, column, columnSpan, rowSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        slots[r + dr, column + dc] = cell;
                    }
                }

                cells.Add(cell);
                column += columnSpan;
            }

            var empty = 0;
            for (var c = 0; c < columnCount; c++)
            {
                empty += slots[r, c] is null ? 1 : 0;
            }

            if (empty > 0)
            {
                problems.Add(new TableShapeProblem(TableShapeIssue.EmptySlots, r, empty));
            }
        }

        if (spanPastEnd)
        {
            problems.Add(new TableShapeProblem(TableShapeIssue.RowSpanPastLastRow, rows.Count - 1, 1));
        }

        return new TableGrid(slots, cells, problems);
    }

    /// <summary>The cell covering the slot, whichever row it starts in; <c>null</c> for a slot no cell fills.</summary>
    public GridCell? At(int row, int column) => slots[row, column];

    /// <summary>The cells whose top row is <paramref name="row"/>, left to right.</summary>
    public IReadOnlyList<GridCell> StartingIn(int row) => startingIn[row];
}
