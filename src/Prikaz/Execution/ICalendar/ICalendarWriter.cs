using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Prikaz.Execution.ICalendar;

/// <summary>
/// Writes the events as an iCalendar file (RFC 5545) through Ical.Net: all-day <c>VEVENT</c>s
/// (<c>DTSTART;VALUE=DATE</c> and the exclusive <c>DTEND</c> of the next day — an end equal to the start
/// breaks some clients), <c>VEVENT</c> rather than <c>VTODO</c> (Google Calendar ignores VTODO), a
/// <c>VALARM</c> three days before. Nothing depends on the clock or the culture: same events, same bytes.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>PRODID of the files Prikaz writes.</summary>
    public const string ProductId = "-//Prikaz//Календарь сроков «дорожных карт»//RU";

    public static void Write(IEnumerable<DeadlineEvent> events, string title, Stream output)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", title);
        foreach (var item in events)
        {
            var entry = new CalendarEvent
            {
                Uid = item.Uid,
                Summary = item.Summary,
                Description = item.Description,
                DtStart = new CalDateTime(item.Due),
                DtEnd = new CalDateTime(item.Due.AddDays(1)),
                DtStamp = new CalDateTime(item.Stamp.Year, item.Stamp.Month, item.Stamp.Day, 0, 0, 0, "UTC"),
                Transparency = TransparencyType.Transparent,
            };
            entry.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = "Через 3 дня срок: " + item.Summary,
                Trigger = new Trigger(Duration.FromDays(-3)),
            });
            calendar.Events.Add(entry);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        output.Write(bytes);
    }
}
