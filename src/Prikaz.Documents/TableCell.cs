namespace Prikaz.Documents;

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
/// <param name="Paragraphs">The content; lists in cells are paragraphs that start with a dash.</param>
/// <param name="ColumnSpan">Number of grid columns the cell covers (≥ 1).</param>
/// <param name="RowSpan">Number of rows the cell covers (≥ 1).</param>
/// <param name="Alignment">Overrides the alignment of the cell's paragraphs when set.</param>
/// <param name="Value">The date or number the cell stands for, for formats that keep data (XLSX); the others print the paragraphs.</param>
public sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs, int ColumnSpan = 1, int RowSpan = 1, Alignment? Alignment = null, CellValue? Value = null);
