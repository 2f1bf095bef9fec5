using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Russian;

namespace Prikaz.Execution.Calendar;

/// <summary>
/// What a year file must satisfy beyond its schema, so a typo in a decree's date cannot silently move
/// deadlines: its year is its file name, every date lies in that year, and every transfer moves a day
/// off (a Saturday, a Sunday or a holiday) onto a weekday that is not a holiday.
/// </summary>
internal static class CalendarYearCheck
{
    public static IEnumerable<Diagnostic> Check(CalendarYear year, string fileYear, SourceMap map)
    {
        if (ProductionCalendars.YearText(year.Year) != fileYear)
        {
            yield return Error(map, "/year", ExecutionCodes.CalendarYearMismatch, $"год {year.Year} не совпадает с именем файла {fileYear}.yaml");
        }

        for (var i = 0; i < year.Holidays.Count; i++)
        {
            if (year.Holidays[i].Year != year.Year)
            {
                yield return Error(map, JsonPointer.Index("/holidays", i), ExecutionCodes.CalendarYearMismatch,
                    $"праздник {RussianDates.Numeric(year.Holidays[i])} не в {year.Year} году");
            }
        }

        var holidays = year.Holidays.ToHashSet();
        for (var i = 0; i < year.Transfers.Count; i++)
        {
            var transfer = year.Transfers[i];
            var pointer = JsonPointer.Index("/transfers", i);
            if (transfer.From.Year != year.Year || transfer.To.Year != year.Year)
            {
                yield return Error(map, pointer, ExecutionCodes.CalendarYearMismatch,
                    $"перенос с {RussianDates.Numeric(transfer.From)} на {RussianDates.Numeric(transfer.To)} выходит за {year.Year} год");
                continue;
            }

            if (!ProductionCalendar.IsWeekend(transfer.From))
            {
                yield return Error(map, pointer + "/from", ExecutionCodes.CalendarTransferInvalid,
                    $"{RussianDates.Numeric(transfer.From)} — рабочий день недели, с него нечего переносить: выходные переносятся с субботы или воскресенья");
            }

            if (ProductionCalendar.IsWeekend(transfer.To) || holidays.Contains(transfer.To))
            {
                yield return Error(map, pointer + "/to", ExecutionCodes.CalendarTransferInvalid,
                    $"{RussianDates.Numeric(transfer.To)} и так нерабочий день: выходной переносится на рабочий день");
            }
        }
    }

    private static Diagnostic Error(SourceMap map, string pointer, string code, string message)
    {
        var position = map.Locate(pointer);
        return new Diagnostic(map.File, position.Line, position.Column, Severity.Error, code, message);
    }
}
