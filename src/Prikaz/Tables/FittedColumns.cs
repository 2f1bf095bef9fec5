namespace Prikaz.Tables;

/// <summary>The widths a table's columns get (mm, in order) and the fixed ones too narrow for their longest word.</summary>
internal sealed record FittedColumns(IReadOnlyList<double> Widths, IReadOnlyList<NarrowColumn> Narrow);
