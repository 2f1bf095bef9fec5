using Prikaz.Deadlines;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Deadlines;
using Prikaz.Execution.ICalendar;
using Prikaz.Execution.Overdue;
using Prikaz.Execution.Progress;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Russian;

namespace Prikaz.Execution.Report;

/// <summary>Builds the report of one period from a roadmap and its progress files.</summary>
public static class ProgressReports
{
    /// <param name="progress">Every progress file of the roadmap; those after <paramref name="period"/> are ignored.</param>
    /// <param name="asOf">The day overdue marks are counted on; by default the period's file date, else the day after the period.</param>
    public static ProgressReport Build(OrderFile file, IReadOnlyList<CheckedProgress> progress, ReportPeriod period,
        ProductionCalendar calendar, SchoolYear schoolYear, DateOnly? asOf = null)
    {
        var own = progress.FirstOrDefault(p => p.IsUsable && p.Period!.Name == period.Name);
        var day = asOf ?? own?.AsOf ?? period.To.AddDays(1);
        var history = new ProgressHistory(progress.Where(p => p.Period is { } p2 && p2.To <= period.To));
        var items = RoadmapDueDates.Of(file, calendar, schoolYear);
        var overdue = OverdueItems.Find(items, history, day).Select(o => o.Item.Item.Number).ToHashSet(StringComparer.Ordinal);

        var rows = new List<ReportRow>();
        var classes = new List<(string Party, Outcome Outcome)>();
        foreach (var item in items)
        {
            var number = item.Item.Number;
            var due = item.IsRecurring
                ? item.Dates.Where(d => d.Recurring && d.Written <= period.To).MaxBy(d => d.Due) ?? item.Dates.MinBy(d => d.Due)
                : item.Final;
            var latest = history.Latest(number, period.To);
            var entry = own?.File!.Items.FirstOrDefault(e => Numbering.PinnedNumber.Normalize(e.Item) == number);
            var done = due is not null ? history.DoneDate(number, due, day) : latest?.Entry.Done;
            rows.Add(new ReportRow(
                number,
                item.Item.Item.Activity,
                Deadline(item.Item.Item),
                due?.Due,
                DeadlineEvents.Parties(item.Item.Item.Responsible, file),
                latest?.Entry.Status,
                done,
                entry?.What,
                (entry?.Evidence ?? []).Select(Evidence).ToList(),
                overdue.Contains(number)));

            var party = item.Item.Item.Responsible.Count > 0 ? DeadlineEvents.Parties([item.Item.Item.Responsible[0]], file) : "Исполнитель не указан";
            classes.Add((party, Classify(due, done, latest?.Entry.Status, overdue.Contains(number), day)));
        }

        var summary = classes.GroupBy(c => c.Party, StringComparer.Ordinal)
            .Select(group => Summarise(group.Key, group.Select(c => c.Outcome)))
            .OrderBy(row => row.Party, StringComparer.Ordinal)
            .ToList();
        var order = "приказ " + EditionNames.Requisites(file.Order);
        return new ProgressReport(AppendixNumbering.PrimaryRoadmap(file)?.Title ?? file.Order.Title, order, period, day, rows, summary, Summarise("Всего", classes.Select(c => c.Outcome)));
    }

    private static Outcome Classify(DueDate? due, DateOnly? done, ProgressStatus? status, bool overdue, DateOnly asOf) =>
        status == ProgressStatus.Cancelled ? Outcome.Cancelled
        : overdue ? Outcome.Overdue
        : due is null ? Outcome.Undated
        : done is { } d ? (d <= due.Due ? Outcome.OnTime : Outcome.Late)
        : due.Due < asOf ? Outcome.Overdue
        : Outcome.NotDue;

    private static ReportSummaryRow Summarise(string party, IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return new ReportSummaryRow(party, list.Count,
            list.Count(o => o == Outcome.OnTime), list.Count(o => o == Outcome.Late), list.Count(o => o == Outcome.Overdue),
            list.Count(o => o == Outcome.NotDue), list.Count(o => o == Outcome.Undated), list.Count(o => o == Outcome.Cancelled));
    }

    private static string Deadline(Item item) =>
        item.Deadline is { } deadline ? DeadlineFormatter.Format(deadline, DeadlineStyle.Default)
        : string.Join("; ", item.Schedule.Select(row => row.Deadline).OfType<Model.Deadline>().Select(d => DeadlineFormatter.Format(d, DeadlineStyle.Default)));

    private static string Evidence(ProgressEvidence evidence) =>
        string.Join(" ", new[]
        {
            evidence.Kind,
            evidence.Date is { } date ? "от " + RussianDates.Numeric(date) : null,
            evidence.Number is { } number ? "№ " + number : null,
            evidence.Title is { } title ? $"«{title}»" : null,
            evidence.Link,
        }.OfType<string>());

    private enum Outcome
    {
        OnTime,
        Late,
        Overdue,
        NotDue,
        Undated,
        Cancelled,
    }
}
