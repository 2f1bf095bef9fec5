using Prikaz.Diagnostics;
using Prikaz.Execution.Deadlines;
using Prikaz.Execution.Progress;
using Prikaz.Loading;
using Prikaz.Russian;
using Prikaz.Validation;

namespace Prikaz.Execution.Overdue;

/// <summary>
/// The items past their deadline on an as-of date with no <c>done</c> in the progress files: an item
/// as a whole when its last date has passed (Civil Code art. 193: the day after the due date), each
/// instance of a recurring one on its own. Undated items («постоянно», «по запросу») are never overdue.
/// </summary>
public static class OverdueItems
{
    public static IReadOnlyList<OverdueItem> Find(IReadOnlyList<ItemDueDates> items, ProgressHistory history, DateOnly asOf)
    {
        var overdue = new List<OverdueItem>();
        foreach (var item in items)
        {
            var candidates = item.IsRecurring ? item.Dates.Where(date => date.Recurring) : item.Final is { } final ? [final] : [];
            var missed = candidates.Where(date => date.Due < asOf && !history.Settles(item.Item.Number, date, asOf)).ToList();
            if (missed.Count > 0)
            {
                overdue.Add(new OverdueItem(item, missed[0], missed.Count));
            }
        }

        return overdue;
    }

    /// <summary>One PRK320 warning per overdue item, at the item's deadline in the roadmap.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(IReadOnlyList<OverdueItem> overdue, ProgressHistory history, SourceMap map, DateOnly asOf) =>
        overdue.Select(item =>
        {
            var position = map.Locate(item.Item.Pointer);
            var number = item.Item.Item.Number;
            var latest = history.Latest(number, asOf) is { } entry
                ? $"последние сведения за {entry.Period.Title}: {ProgressStatusText.Of(entry.Entry.Status)}"
                : "сведений об исполнении нет";
            var more = item.Count > 1 ? $" (и ещё {RussianPlural.Count(item.Count - 1, "срок", "срока", "сроков")})" : string.Empty;
            var moved = item.Due.Shifted ? $" (перенесён с {RussianDates.Numeric(item.Due.Written)}, ст. 193 ГК РФ)" : string.Empty;
            return new Diagnostic(map.File, position.Line, position.Column, Severity.Warning, ExecutionCodes.Overdue,
                $"мероприятие {number} {Quoted.Text(item.Item.Item.Item.Activity)}: срок {RussianDates.Numeric(item.Due.Due)}{moved} истёк{more}, исполнение не отмечено; {latest}");
        }).ToList();
}
