using Prikaz.Profiles;
using Prikaz.Russian;

namespace Prikaz.Templating;

/// <summary>The order's date as the authority writes it in the requisites and in the appendix stamp.</summary>
internal static class OrderDates
{
    public static string Format(DateOnly date, AuthorityProfile profile)
    {
        var text = profile.DateStyle == DateStyle.Long ? RussianDates.DayMonth(date) + " " + date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : RussianDates.Numeric(date);
        var yearWord = profile.DateYearWord ?? (profile.DateStyle == DateStyle.Long ? "г." : string.Empty);
        return yearWord.Length == 0 ? text : text + " " + yearWord;
    }
}
