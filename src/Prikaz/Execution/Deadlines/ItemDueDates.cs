using Prikaz.Numbering;

namespace Prikaz.Execution.Deadlines;

/// <summary>
/// The due dates of one roadmap item: of its own deadline and of its schedule rows, and what of them
/// names no date («постоянно», «по графику», free text), which is reported as such and never overdue.
/// </summary>
/// <param name="Pointer">JSON Pointer of the item's deadline (or of the item, when the deadline is in its schedule or absent).</param>
/// <param name="Undated">The undated parts as printed («постоянно», «по графику»).</param>
public sealed record ItemDueDates(NumberedItem Item, string Pointer, IReadOnlyList<DueDate> Dates, IReadOnlyList<string> Undated)
{
    /// <summary>True when the item has at least one date.</summary>
    public bool IsDated => Dates.Count > 0;

    /// <summary>True when the deadline recurs: each instance is due on its own.</summary>
    public bool IsRecurring => Dates.Any(date => date.Recurring);

    /// <summary>
    /// The date the item as a whole is due: the last of its dates. A range or a schedule of seminars is
    /// done when its last part is; an item is not overdue while an earlier part of it is under way.
    /// </summary>
    public DueDate? Final => Dates.Where(date => !date.Recurring).MaxBy(date => date.Due);
}
