namespace Prikaz.Deadlines;

/// <summary>
/// How an authority counts a school year «2025/2026»: from 1 September to <see cref="End"/> of the next
/// year (31 May by default — the end of lessons; 31 August where the authority counts the summer in),
/// and when its four quarters («1 раз в четверть») end.
/// </summary>
public sealed record SchoolYear
{
    /// <summary>1 September to 31 May; quarters ending with October, December, March and May.</summary>
    public static SchoolYear Default { get; } = new();

    /// <summary>Month and day the school year ends, in the calendar year after it starts.</summary>
    public (int Month, int Day) End { get; init; } = (5, 31);

    /// <summary>
    /// Month and day each school quarter ends; the dates vary by school and year, so the defaults are the
    /// last days of the months in which quarters end, which never makes an item overdue too early.
    /// </summary>
    public IReadOnlyList<(int Month, int Day)> QuarterEnds { get; init; } = [(10, 31), (12, 31), (3, 31), (5, 31)];

    /// <summary>The days of the school year that starts in September of <paramref name="startYear"/>.</summary>
    public DateInterval Of(int startYear) => new(new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, End.Month, End.Day));

    /// <summary>The ends of the quarters of the school year starting in <paramref name="startYear"/>, in order.</summary>
    public IEnumerable<DateOnly> QuarterEndsOf(int startYear) =>
        QuarterEnds.Select(end => new DateOnly(end.Month >= 9 ? startYear : startYear + 1, end.Month, end.Day));
}
