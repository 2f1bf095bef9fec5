namespace Prikaz.Documents;

/// <summary>One row of a <see cref="Table"/>.</summary>
/// <param name="Kind">Ordinary, column-number or section row.</param>
/// <param name="IsHeader">Header rows are repeated at the top of every page the table spans.</param>
/// <param name="Cells">Cells left to right; see <see cref="Table"/> for row spans.</param>
public sealed record TableRow(TableRowKind Kind, bool IsHeader, IReadOnlyList<TableCell> Cells)
{
    /// <summary>Whether the whole row was inserted or deleted in a redline (its text carries the same revision).</summary>
    public Revision Revision { get; init; }
}
