using System.Globalization;
using Prikaz.Russian;

namespace Prikaz.Cli;

/// <summary>
/// The starting roadmap <c>prikaz new</c> writes: <c>templates/starter.yaml</c> with its placeholders
/// filled in. Every date is counted from the order's date — the period is the year from it, the first
/// deadline a month after it, the second three months after — so a draft made on any day validates
/// without warnings (a fixed «до 1 марта» warned PRK006 on every draft made after March 1).
/// </summary>
internal static class StarterDraft
{
    public static string Fill(string starter, string authority, DateOnly orderDate, string file) => starter
        .Replace("__AUTHORITY__", authority, StringComparison.Ordinal)
        .Replace("__DATE__", Iso(orderDate), StringComparison.Ordinal)
        .Replace("__PERIOD_FROM__", Iso(orderDate), StringComparison.Ordinal)
        .Replace("__PERIOD_TO__", Iso(orderDate.AddYears(1).AddDays(-1)), StringComparison.Ordinal)
        .Replace("__FIRST_DEADLINE__", "до " + RussianDates.Long(orderDate.AddMonths(1)), StringComparison.Ordinal)
        .Replace("__SECOND_DEADLINE__", SecondDeadline(orderDate), StringComparison.Ordinal)
        .Replace("__YEAR__", orderDate.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("__FILE__", file.Replace('\\', '/'), StringComparison.Ordinal);

    // «май – июнь 2024 года» shows the month-range form; across a new year the «до …» form reads better.
    private static string SecondDeadline(DateOnly orderDate)
    {
        var (from, to) = (orderDate.AddMonths(2), orderDate.AddMonths(3));
        return from.Year == to.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{RussianMonths.Nominative(from.Month)} – {RussianMonths.Nominative(to.Month)} {to.Year} года")
            : "до " + RussianDates.Long(to);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
