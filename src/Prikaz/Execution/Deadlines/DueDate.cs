namespace Prikaz.Execution.Deadlines;

/// <summary>
/// A day something falls due: <see cref="Written"/> as the roadmap says it, <see cref="Due"/> after a
/// day off moved it to the next working day (Civil Code art. 193).
/// </summary>
/// <param name="Start">The first day of the term (a range's start), kept for calendars; null for «до …».</param>
/// <param name="Recurring">One instance of a recurring deadline, each of which is due on its own.</param>
/// <param name="CalendarKnown">False when the production calendar has no data for the year: only weekends and art. 112 moved it.</param>
public sealed record DueDate(DateOnly? Start, DateOnly Written, DateOnly Due, bool Recurring, bool CalendarKnown)
{
    /// <summary>True when a day off moved the date.</summary>
    public bool Shifted => Due != Written;
}
