using Prikaz.Execution.Deadlines;
using Prikaz.Execution.Progress;
using Prikaz.Numbering;

namespace Prikaz.Execution.Overdue;

/// <summary>
/// What the progress files of one roadmap say about each item, period by period. An item is
/// <em>settled</em> for a due date once a file marks it done (on or before the as-of date) or cancelled:
/// a recurring instance by the file of the period that instance belongs to, anything else by any file.
/// </summary>
public sealed class ProgressHistory
{
    private readonly IReadOnlyList<(ReportPeriod Period, ProgressEntry Entry)> empty = [];
    private readonly Dictionary<string, List<(ReportPeriod Period, ProgressEntry Entry)>> byItem = new(StringComparer.Ordinal);

    public ProgressHistory(IEnumerable<CheckedProgress> files)
    {
        foreach (var file in files.Where(file => file.IsUsable).OrderBy(file => file.Period!.To))
        {
            foreach (var entry in file.File!.Items)
            {
                var number = PinnedNumber.Normalize(entry.Item);
                if (!byItem.TryGetValue(number, out var list))
                {
                    byItem[number] = list = [];
                }

                list.Add((file.Period!, entry));
            }
        }
    }

    /// <summary>The entries of item <paramref name="number"/>, earliest period first.</summary>
    public IReadOnlyList<(ReportPeriod Period, ProgressEntry Entry)> Of(string number) =>
        byItem.TryGetValue(number, out var list) ? list : empty;

    /// <summary>The latest entry about the item in a period that started by <paramref name="asOf"/>.</summary>
    public (ReportPeriod Period, ProgressEntry Entry)? Latest(string number, DateOnly asOf) =>
        Of(number).LastOrDefault(e => e.Period.From <= asOf) is { Entry: not null } latest ? latest : null;

    /// <summary>True when the due date <paramref name="due"/> of item <paramref name="number"/> is settled by <paramref name="asOf"/>.</summary>
    public bool Settles(string number, DueDate due, DateOnly asOf) =>
        Of(number).Any(e => (!due.Recurring || e.Period.Contains(due.Written)) && e.Period.From <= asOf && e.Entry.Status switch
        {
            ProgressStatus.Done => e.Entry.Done is { } done && done <= asOf,
            ProgressStatus.Cancelled => true,
            _ => false,
        });

    /// <summary>The date the item was done (the first done entry by <paramref name="asOf"/>), for «исполнено в срок».</summary>
    public DateOnly? DoneDate(string number, DueDate due, DateOnly asOf) =>
        Of(number).Where(e => (!due.Recurring || e.Period.Contains(due.Written)) && e.Entry.Status == ProgressStatus.Done && e.Entry.Done <= asOf)
            .Select(e => e.Entry.Done).Min();
}
