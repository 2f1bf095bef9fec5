using Prikaz.Model;

namespace Prikaz.Deadlines;

/// <summary>Turns recognised deadline terms into the days they cover.</summary>
public static class DeadlineResolver
{
    /// <summary>
    /// Resolves every term of <paramref name="deadline"/>. A month or quarter without a year takes its
    /// year from <paramref name="period"/> when the period lies within one calendar year; otherwise it
    /// is listed as unresolved. Recurring words («постоянно», «по графику») name no days and appear in
    /// neither list; free text resolves to nothing.
    /// </summary>
    public static DeadlineResolution Resolve(Deadline deadline, Period? period)
    {
        var intervals = new List<DateInterval>();
        var unresolved = new List<DeadlineTerm>();
        foreach (var term in deadline.Terms.Where(term => term is not RecurringTerm))
        {
            if (Resolve(term, period) is { } interval)
            {
                intervals.Add(interval);
            }
            else
            {
                unresolved.Add(term);
            }
        }

        return new DeadlineResolution(intervals, unresolved);
    }

    /// <summary>
    /// The days one term covers, or null when it names no days or its year cannot be determined.
    /// «до X» covers everything up to the end of X: clerks write «до мая» both for «before May» and
    /// «by the end of May», and the lenient reading never raises a false warning.
    /// </summary>
    public static DateInterval? Resolve(DeadlineTerm term, Period? period) => Resolve(term, period, SchoolYear.Default);

    /// <summary>As <see cref="Resolve(DeadlineTerm, Period?)"/>, with the authority's school year: a school year ends on its <see cref="SchoolYear.End"/>.</summary>
    public static DateInterval? Resolve(DeadlineTerm term, Period? period, SchoolYear schoolYear) => term switch
    {
        SchoolYearTerm school => (school.StartYear ?? ImpliedSchoolYear(period)) is { } start ? schoolYear.Of(start) : null,
        DateTerm date => new DateInterval(date.Date, date.Date),
        MonthTerm month => Months(month.Month, month.Month, month.Year ?? ImpliedYear(period)),
        MonthRangeTerm range => Range(range, period),
        QuarterTerm quarter => Months((quarter.Quarter * 3) - 2, quarter.Quarter * 3, quarter.Year ?? ImpliedYear(period)),
        YearTerm year => new DateInterval(new DateOnly(year.Year, 1, 1), new DateOnly(year.Year, 12, 31)),
        BeforeTerm before => Resolve(before.Limit, period, schoolYear) is { } limit ? new DateInterval(DateOnly.MinValue, limit.To) : null,
        _ => null,
    };

    /// <summary>
    /// The school year «в течение учебного года» means: the one the period ends in (September to August),
    /// if the period starts no earlier than the August before it — a school's plan often starts with the
    /// August teachers' council; a period over several school years cannot say which.
    /// </summary>
    public static int? ImpliedSchoolYear(Period? period)
    {
        if (period is null)
        {
            return null;
        }

        var start = period.To.Month >= 9 ? period.To.Year : period.To.Year - 1;
        return period.From >= new DateOnly(start, 8, 1) ? start : null;
    }

    /// <summary>The year a month without a year belongs to: the period's, if the period lies within one year.</summary>
    public static int? ImpliedYear(Period? period) =>
        period is not null && period.From.Year == period.To.Year ? period.From.Year : null;

    private static DateInterval? Range(MonthRangeTerm range, Period? period)
    {
        var implied = ImpliedYear(period);
        var fromYear = range.From.Year ?? implied;
        var toYear = range.To.Year ?? implied;
        if (fromYear is null || toYear is null)
        {
            return null;
        }

        var from = new DateOnly(fromYear.Value, range.From.Month, 1);
        var to = LastDay(toYear.Value, range.To.Month);
        return from <= to ? new DateInterval(from, to) : null;
    }

    private static DateInterval? Months(int first, int last, int? year) =>
        year is { } y ? new DateInterval(new DateOnly(y, first, 1), LastDay(y, last)) : null;

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
