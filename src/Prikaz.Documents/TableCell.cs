namespace Prikaz.Documents;

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
/// <param name="Paragraphs">The content; lists in cells are paragraphs that start with a dash.</param>
/// <param name="ColumnSpan">Number of grid columns the cell covers (≥ 1).</param>
/// <param name="RowSpan">Number of rows the cell covers (≥ 1).</param>
/// <param name="Alignment">Overrides the alignment of the cell's paragraphs when set.</param>
public sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs, int ColumnSpan = 1, int RowSpan = 1, Alignment? Alignment = null);
