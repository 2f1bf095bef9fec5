namespace Prikaz.Documents;

/// <summary>
/// A bordered table with fixed column widths. Rows are listed like HTML rows: a cell that spans
/// several rows appears once, in its first row, and the rows below it simply have fewer cells
/// (<see cref="TableGrid"/> works out the grid positions).
/// </summary>
/// <param name="ColumnWidthsMm">Width of every grid column in millimetres.</param>
/// <param name="Rows">Header rows first (<see cref="TableRow.IsHeader"/>), then the body rows.</param>
/// <param name="Style">Id of the paragraph style for body cells (header cells use <see cref="StyleIds.TableHeader"/>).</param>
/// <param name="Name">What the table is called where tables stand apart, as a spreadsheet's sheets do; null for «Таблица N».</param>
public sealed record Table(IReadOnlyList<double> ColumnWidthsMm, IReadOnlyList<TableRow> Rows, string Style = StyleIds.Table, string? Name = null) : Block;
