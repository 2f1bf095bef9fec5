namespace Prikaz.Documents;

/// <summary>One row of a <see cref="Table"/>.</summary>
/// <param name="Kind">Ordinary, column-number or section row.</param>
/// <param name="IsHeader">Header rows are repeated at the top of every page the table spans.</param>
/// <param name="Cells">Cells left to right; see <see cref="Table"/> for row spans.</param>
/// <param name="KeepTogether">
/// The row is short enough to move whole to the next page instead of splitting across two
/// (<see cref="ShortRows"/>); a long row still splits, or a page would be left half empty.
/// </param>
public sealed record TableRow(TableRowKind Kind, bool IsHeader, IReadOnlyList<TableCell> Cells, bool KeepTogether = false)
{
    /// <summary>Whether the whole row was inserted or deleted in a redline (its text carries the same revision).</summary>
    public Revision Revision { get; init; }

    /// <summary>
    /// Where the row comes from in the document's source file, as a JSON Pointer
    /// (<c>/roadmap/sections/0/items/2</c>); null when the markup does not say. Writers that publish ignore it; the live
    /// preview uses it to take a click on the page back to the YAML line.
    /// </summary>
    public string? Source { get; init; }
}
