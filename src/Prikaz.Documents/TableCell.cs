namespace Prikaz.Documents;

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
/// <param name="Paragraphs">The content; lists in cells are paragraphs that start with a dash.</param>
/// <param name="ColumnSpan">Number of grid columns the cell covers (≥ 1).</param>
/// <param name="RowSpan">Number of rows the cell covers (≥ 1).</param>
/// <param name="Alignment">Overrides the alignment of the cell's paragraphs when set.</param>
/// <param name="Value">The date or number the cell stands for, for formats that keep data (XLSX); the others print the paragraphs.</param>
public sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs, int ColumnSpan = 1, int RowSpan = 1, Alignment? Alignment = null, CellValue? Value = null)
{
    /// <summary>
    /// Where the cell comes from in the document's source file, as a JSON Pointer
    /// (<c>/roadmap/sections/0/items/2/deadline</c>); null when the markup does not say. Writers that publish ignore it; the live
    /// preview uses it to take a click on the page back to the YAML line.
    /// </summary>
    public string? Source { get; init; }
}
