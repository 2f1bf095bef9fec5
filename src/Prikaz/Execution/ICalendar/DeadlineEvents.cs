using System.Security.Cryptography;
using System.Text;
using Prikaz.Deadlines;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Deadlines;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Execution.ICalendar;

/// <summary>
/// The events of the calendar of deadlines: one per dated deadline of every item (each term, each
/// schedule row, each instance of a recurring deadline — explicit instances, because a working-day
/// shift breaks any RRULE) and one per report a point's <c>reporting:</c> duty requires.
/// </summary>
public static class DeadlineEvents
{
    /// <param name="name">The roadmap's file name without extension, part of every UID.</param>
    public static IReadOnlyList<DeadlineEvent> Of(string name, OrderFile file, ProductionCalendar calendar, SchoolYear schoolYear)
    {
        var order = "приказ " + EditionNames.Requisites(file.Order);
        var events = new List<DeadlineEvent>();
        foreach (var item in RoadmapDueDates.Of(file, calendar, schoolYear))
        {
            var responsible = Parties(item.Item.Item.Responsible, file);
            foreach (var (date, index) in item.Dates.Select((date, index) => (date, index)))
            {
                var description = new StringBuilder()
                    .Append($"Мероприятие {item.Item.Number} «дорожной карты» ({order}): {item.Item.Item.Activity}").Append('\n')
                    .Append($"Срок: {Deadline(item.Item.Item)}{Span(date)}{Moved(date)}").Append('\n')
                    .Append($"Ответственный исполнитель: {responsible}");
                if (item.Item.Item.Result is { } result)
                {
                    description.Append('\n').Append($"Ожидаемый результат: {result}");
                }

                events.Add(new DeadlineEvent(
                    Uid(name, "item", item.Item.Number, index, date.Written),
                    date.Due,
                    $"{item.Item.Number}. {OneLine(item.Item.Item.Activity)}",
                    description.ToString(),
                    file.Order.StampDate));
            }
        }

        foreach (var report in ReportingDueDates.Of(file, calendar))
        {
            var period = $"{RussianDates.Numeric(report.PeriodStart)}–{RussianDates.Numeric(report.PeriodEnd)}";
            events.Add(new DeadlineEvent(
                Uid(name, "reporting", report.Point.Number, 0, report.Date.Written),
                report.Date.Due,
                $"Информация о реализации «дорожной карты» за период {period} (п. {report.Point.Number} приказа)",
                $"Пункт {report.Point.Number} ({order}): {OneLine(report.Point.Point.Text)}\n" +
                $"Срок: {RussianDates.Numeric(report.Date.Written)}{Moved(report.Date)}\n" +
                $"Представляет: {Parties(report.Point.Point.Reporting!.Responsible, file)}",
                file.Order.StampDate));
        }

        return events.OrderBy(e => e.Due).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The same item, date and file give the same UID in every run, so a calendar program updates an
    /// imported event instead of adding a copy; wording may change without changing the UID.
    /// </summary>
    private static string Uid(string name, string kind, string number, int index, DateOnly written)
    {
        var key = $"{name}\n{kind}\n{number}\n{index}\n{written:yyyy-MM-dd}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        return $"{hash}@prikaz";
    }

    private static string Deadline(Item item) =>
        item.Deadline is { } deadline ? DeadlineFormatter.Format(deadline, DeadlineStyle.Default)
        : string.Join("; ", item.Schedule.Select(row => row.Deadline).OfType<Model.Deadline>().Select(d => DeadlineFormatter.Format(d, DeadlineStyle.Default)));

    private static string Span(DueDate date) => date.Start is { } start && start != date.Written
        ? $" (период {RussianDates.Numeric(start)}–{RussianDates.Numeric(date.Written)})"
        : $" ({RussianDates.Numeric(date.Written)})";

    private static string Moved(DueDate date) => date.Shifted
        ? $"; день срока — нерабочий, срок переносится на {RussianDates.Numeric(date.Due)} (ст. 193 ГК РФ)"
        : string.Empty;

    internal static string Parties(IReadOnlyList<PartyRef> references, OrderFile file) => references.Count == 0
        ? "не указан"
        : string.Join(", ", references.Select(reference =>
            (reference.Party is { } id && file.Parties.TryGetValue(id, out var party) ? party.Name : reference.Text ?? reference.Party ?? string.Empty)
            + (reference.Note is { } note ? " " + note : string.Empty)));

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
