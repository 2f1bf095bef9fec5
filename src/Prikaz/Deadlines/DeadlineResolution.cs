using Prikaz.Model;

namespace Prikaz.Deadlines;

/// <summary>The days a deadline covers, and the terms whose year could not be determined.</summary>
/// <param name="Intervals">One interval per resolved term, in the order written.</param>
/// <param name="Unresolved">Terms that name a time but lack a year the period cannot supply.</param>
public sealed record DeadlineResolution(IReadOnlyList<DateInterval> Intervals, IReadOnlyList<DeadlineTerm> Unresolved)
{
    /// <summary>The last day the deadline covers, or null when it covers no known day.</summary>
    public DateOnly? End => Intervals.Count == 0 ? null : Intervals.Max(interval => interval.To);
}
