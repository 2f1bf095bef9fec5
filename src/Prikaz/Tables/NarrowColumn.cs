namespace Prikaz.Tables;

/// <summary>A column whose fixed width cannot hold its longest word: the word will be broken between letters.</summary>
/// <param name="Index">The column's place in the table, from 0.</param>
/// <param name="Word">The longest word.</param>
/// <param name="WidthMm">The width the column gets.</param>
/// <param name="NeededMm">The width the word needs, cell padding included.</param>
internal sealed record NarrowColumn(int Index, string Word, double WidthMm, double NeededMm);
