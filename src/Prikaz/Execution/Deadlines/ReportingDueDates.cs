using Prikaz.Execution.Calendar;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Execution.Deadlines;

/// <summary>
/// The dates the reporting duties of an order's points fall due: for each reporting period that ends
/// within the roadmap's period, the given day of the next month, moved off a day off. A date before
/// the order itself is left out — the duty did not exist yet (Amur: the order of 23.04.2020 owes
/// reports for the second quarter on, the first due 5 July → Monday 6 July 2020).
/// </summary>
public static class ReportingDueDates
{
    public static IReadOnlyList<ReportingDueDate> Of(OrderFile file, ProductionCalendar calendar)
    {
        if (AppendixNumbering.PrimaryRoadmap(file)?.Period is not { } period)
        {
            return [];
        }

        var result = new List<ReportingDueDate>();
        foreach (var point in OrderNumbering.Of(file.Order).AllPoints.Where(point => point.Point.Reporting is not null))
        {
            var reporting = point.Point.Reporting!;
            var months = reporting.Every switch
            {
                ReportingPeriod.Month => 1,
                ReportingPeriod.Quarter => 3,
                ReportingPeriod.HalfYear => 6,
                _ => 12,
            };
            for (var start = new DateOnly(period.From.Year, 1, 1); start <= period.To; start = start.AddMonths(months))
            {
                var end = start.AddMonths(months).AddDays(-1);
                var next = end.AddDays(1);
                var written = new DateOnly(next.Year, next.Month, Math.Min(reporting.Day, DateTime.DaysInMonth(next.Year, next.Month)));
                if (end < period.From || written <= file.Order.Date)
                {
                    continue;
                }

                var date = RoadmapDueDates.Due(new Prikaz.Deadlines.DeadlineDate(start, written, Recurring: true), calendar);
                result.Add(new ReportingDueDate(point, start, end, date));
            }
        }

        return result;
    }
}

/// <summary>One report a point's duty requires: the period it covers and when it is due.</summary>
public sealed record ReportingDueDate(NumberedPoint Point, DateOnly PeriodStart, DateOnly PeriodEnd, DueDate Date);
