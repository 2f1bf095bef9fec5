namespace Prikaz.Execution.ICalendar;

/// <summary>
/// One all-day event of the calendar of deadlines: a due date with what is due and who answers for it.
/// Plain data, so the iCalendar writer (or another) needs nothing of the roadmap model.
/// </summary>
/// <param name="Uid">Stable: derived from the file, the item or point and the date written, never from the clock.</param>
/// <param name="Stamp">DTSTAMP: the order's date, so the same input gives the same bytes.</param>
public sealed record DeadlineEvent(string Uid, DateOnly Due, string Summary, string Description, DateOnly Stamp);
