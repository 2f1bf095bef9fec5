using System.Globalization;

namespace Prikaz.Russian;

/// <summary>Russian ways of writing a date, as the templates and diagnostics print them.</summary>
public static class RussianDates
{
    /// <summary>«23.06.2020» — the numeric form (ГОСТ Р 7.0.97: ДД.ММ.ГГГГ).</summary>
    public static string Numeric(DateOnly date) =>
        date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«23 июня» — day and month without a year.</summary>
    public static string DayMonth(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {RussianMonths.Genitive(date.Month)}");

    /// <summary>«23 июня 2020 года» — the verbal-numeric form with the full year word.</summary>
    public static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayMonth(date)} {date.Year} года");

    /// <summary>«23 июня 2020 г.» — the verbal-numeric form with the abbreviated year word.</summary>
    public static string LongAbbreviated(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayMonth(date)} {date.Year} г.");

    /// <summary>«23.06.2020–31.12.2020» — an inclusive span of dates, numeric, joined by an en dash.</summary>
    public static string NumericSpan(DateOnly from, DateOnly to) => $"{Numeric(from)}–{Numeric(to)}";
}
