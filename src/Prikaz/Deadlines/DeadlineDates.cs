using Prikaz.Model;

namespace Prikaz.Deadlines;

/// <summary>
/// A deadline as dates: every term that names a time becomes the day it ends (through
/// <see cref="DeadlineResolver"/>), recurring words become one date per month, quarter, school quarter
/// or year of the roadmap's period, and the words that name no date («постоянно», «по запросу»,
/// «по графику») are kept apart in <see cref="Undated"/>, never to be reported overdue.
/// </summary>
/// <param name="Dates">In the order written; recurring instances in date order.</param>
/// <param name="Undated">Terms with no date: schedule words, and terms whose year or period is unknown.</param>
public sealed record DeadlineDates(IReadOnlyList<DeadlineDate> Dates, IReadOnlyList<DeadlineTerm> Undated)
{
    /// <summary>The dates of <paramref name="deadline"/> within <paramref name="period"/>; free text has none.</summary>
    public static DeadlineDates Of(Deadline deadline, Period? period, SchoolYear schoolYear)
    {
        var dates = new List<DeadlineDate>();
        var undated = new List<DeadlineTerm>();
        foreach (var term in deadline.Terms)
        {
            var found = DatesOf(term, period, schoolYear).ToList();
            if (found.Count == 0)
            {
                undated.Add(term);
            }

            dates.AddRange(found);
        }

        return new DeadlineDates(dates, undated);
    }

    private static IEnumerable<DeadlineDate> DatesOf(DeadlineTerm term, Period? period, SchoolYear schoolYear)
    {
        if (term is not RecurringTerm recurring)
        {
            return DeadlineResolver.Resolve(term, period, schoolYear) is { } interval
                ? [new DeadlineDate(interval.IsOpenStart ? null : interval.From, interval.To, Recurring: false)]
                : [];
        }

        if (recurring.Kind == RecurringKind.ThroughoutYear)
        {
            return DeadlineResolver.ImpliedYear(period) is { } year
                ? [new DeadlineDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Recurring: false)]
                : [];
        }

        if (period is null)
        {
            return [];
        }

        var instances = recurring.Kind switch
        {
            RecurringKind.Annually => Years(period).Select(year => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))),
            RecurringKind.Quarterly => Months(period).Where(month => month.Month % 3 == 0)
                .Select(month => (month.AddMonths(-2), LastDay(month))),
            RecurringKind.Monthly => Months(period).Select(month => (month, recurring.Day is { } day ? DayOf(month, day) : LastDay(month))),
            RecurringKind.EverySchoolQuarter or RecurringKind.BySchoolQuarters or RecurringKind.AfterSchoolQuarter => Years(period).Prepend(period.From.Year - 1)
                .SelectMany(year => schoolYear.QuarterEndsOf(year))
                .Select(end => (new DateOnly(end.Year, end.Month, 1), end)),
            _ => [],
        };
        return instances
            .Where(instance => instance.Item2 >= period.From && instance.Item2 <= period.To)
            .Distinct()
            .Order()
            .Select(instance => new DeadlineDate(instance.Item1, instance.Item2, Recurring: true));
    }

    private static IEnumerable<int> Years(Period period) => Enumerable.Range(period.From.Year, period.To.Year - period.From.Year + 1);

    /// <summary>The first day of every month the period touches.</summary>
    private static IEnumerable<DateOnly> Months(Period period)
    {
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);

    /// <summary>«до 31 числа» in February is its last day.</summary>
    private static DateOnly DayOf(DateOnly month, int day) => new(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
}
