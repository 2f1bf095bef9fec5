namespace Prikaz.Documents;

/// <summary>A place where a table's rows do not fill its grid (see <see cref="TableGrid"/>).</summary>
/// <param name="Issue">What is wrong.</param>
/// <param name="Row">The row it is in; for <see cref="TableShapeIssue.RowSpanPastLastRow"/> the last row.</param>
/// <param name="Count">
/// How many: cells left out (<see cref="TableShapeIssue.PastLastColumn"/>), columns a span was narrowed
/// by (<see cref="TableShapeIssue.IntoSpanFromAbove"/>), empty slots (<see cref="TableShapeIssue.EmptySlots"/>).
/// </param>
public sealed record TableShapeProblem(TableShapeIssue Issue, int Row, int Count);
