using System.Globalization;
using Prikaz.Profiles;
using Prikaz.Russian;

namespace Prikaz.Templating;

/// <summary>The order's date as the authority writes it in the requisites and in the appendix stamp.</summary>
internal static class OrderDates
{
    /// <summary>The date in <paramref name="style"/>, with the profile's year word (default: «г.» after a month name, none after digits).</summary>
    public static string Format(DateOnly date, DateStyle style, AuthorityProfile profile)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var text = style switch
        {
            DateStyle.Long => RussianDates.DayMonth(date) + " " + year,
            DateStyle.Quoted => string.Create(CultureInfo.InvariantCulture, $"«{date.Day}» {RussianMonths.Genitive(date.Month)} {year}"),
            _ => RussianDates.Numeric(date),
        };
        var yearWord = profile.DateYearWord ?? (style == DateStyle.Numeric ? string.Empty : "г.");

        // The year word never wraps away from its year (ГОСТ Р 7.0.97: «2022 г.» is one unit).
        return yearWord.Length == 0 ? text : text + "\u00A0" + yearWord;
    }
}
