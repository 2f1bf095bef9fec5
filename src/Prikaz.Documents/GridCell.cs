namespace Prikaz.Documents;

/// <summary>A cell of a <see cref="TableGrid"/>: where it stands and the slots it covers.</summary>
/// <param name="Cell">The cell as the table lists it.</param>
/// <param name="Row">The row it starts in (its top row).</param>
/// <param name="Column">The grid column it starts in (its left column).</param>
/// <param name="ColumnSpan">The columns it covers, within the grid (≥ 1).</param>
/// <param name="RowSpan">The rows it covers, within the table (≥ 1).</param>
public sealed record GridCell(TableCell Cell, int Row, int Column, int ColumnSpan, int RowSpan);
