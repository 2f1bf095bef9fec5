using Prikaz.Execution.Deadlines;

namespace Prikaz.Execution.Overdue;

/// <summary>An item past a due date with no <c>done</c>: the first such date, and how many there are (recurring items).</summary>
public sealed record OverdueItem(ItemDueDates Item, DueDate Due, int Count);
