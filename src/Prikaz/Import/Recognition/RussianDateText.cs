using System.Globalization;
using System.Text.RegularExpressions;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Dates as orders print them: «23.06.2020», «23.06.2020 г.», «23 июня 2020 года», «“23” июня 2020 г.»,
/// the registration stamp's «23 ИЮН 2020», and ISO «2020-06-23».
/// </summary>
internal static partial class RussianDateText
{
    private static readonly string[] MonthStems = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    /// <summary>Finds the first date in <paramref name="text"/>; the match tells where it stands.</summary>
    public static bool TryFind(string text, out DateOnly date, out Match match)
    {
        foreach (var candidate in new[] { Numeric().Match(text), Worded().Match(text), Iso().Match(text) })
        {
            if (candidate.Success && TryRead(candidate, out date))
            {
                match = candidate;
                return true;
            }
        }

        date = default;
        match = Match.Empty;
        return false;
    }

    /// <summary>True when the whole of <paramref name="text"/> (less «от», «г.», «года») is one date.</summary>
    public static bool TryParseWhole(string text, out DateOnly date)
    {
        var trimmed = Wrapping().Replace(text.Trim(), string.Empty).Trim();
        return TryFind(trimmed, out date, out var match) && match.Index == 0 && match.Length == trimmed.Length;
    }

    /// <summary>How a printed date is written: «23.06.2020», «23 июня 2020», «"23" июня 2020».</summary>
    public static Profiles.DateStyle StyleOf(string printed) =>
        QuotedDay().IsMatch(printed) ? Profiles.DateStyle.Quoted
        : Worded().IsMatch(printed) ? Profiles.DateStyle.Long
        : Profiles.DateStyle.Numeric;

    private static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["m"].Value is { Length: > 0 } digits && char.IsDigit(digits[0]))
        {
            month = int.Parse(digits, CultureInfo.InvariantCulture);
        }
        else if (!TryMonth(match.Groups["m"].Value, out month))
        {
            return false;
        }

        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryMonth(string word, out int month)
    {
        if (Russian.RussianMonths.TryParse(word, out month))
        {
            return true;
        }

        var lower = word.ToLowerInvariant().TrimEnd('.');
        month = lower.Length is >= 3 and <= 4 ? Array.FindIndex(MonthStems, stem => lower.StartsWith(stem, StringComparison.Ordinal)) + 1 : 0;
        return month != 0;
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s?\.\s?(?<m>\d{1,2})\s?\.\s?(?<y>\d{4}|\d{2})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\d])[«""“]?(?<d>\d{1,2})[»""”]?\s+(?<m>[А-Яа-яЁё]{3,9}\.?)\s+(?<y>\d{4})(?!\d)")]
    private static partial Regex Worded();

    [GeneratedRegex(@"[«""“]\d{1,2}[»""”]")]
    private static partial Regex QuotedDay();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(от\.?\s*)|(\s*(г\.|года|год|г)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Wrapping();
}
