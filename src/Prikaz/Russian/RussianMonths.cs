namespace Prikaz.Russian;

/// <summary>
/// The Russian calendar words in one place: month names in the cases documents use, and the Roman
/// numerals of quarters. Month numbers are 1–12, quarters 1–4.
/// </summary>
public static class RussianMonths
{
    private static readonly string[] NominativeNames =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] GenitiveNames =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] QuarterNumerals = ["I", "II", "III", "IV"];

    /// <summary>«июнь» — the month on its own: «июнь 2020 года», «Апрель».</summary>
    public static string Nominative(int month) => NominativeNames[CheckMonth(month) - 1];

    /// <summary>«июня» — after a day or «до»: «1 октября», «до мая 2021 года».</summary>
    public static string Genitive(int month) => GenitiveNames[CheckMonth(month) - 1];

    /// <summary>The Roman numeral of a quarter: 3 → «III».</summary>
    public static string QuarterNumeral(int quarter) =>
        quarter is >= 1 and <= 4 ? QuarterNumerals[quarter - 1] : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Квартал — от 1 до 4.");

    /// <summary>
    /// Recognises a month name in the nominative or genitive, in any letter case («Июнь», «ИЮНЯ»).
    /// </summary>
    public static bool TryParse(string word, out int month)
    {
        var lower = word.ToLowerInvariant().Replace('ё', 'е');
        month = Array.IndexOf(NominativeNames, lower) + 1;
        if (month == 0)
        {
            month = Array.IndexOf(GenitiveNames, lower) + 1;
        }

        return month != 0;
    }

    /// <summary>Recognises a quarter written as a Roman numeral («III», «iii») or a digit 1–4.</summary>
    public static bool TryParseQuarter(string word, out int quarter)
    {
        quarter = Array.IndexOf(QuarterNumerals, word.ToUpperInvariant()) + 1;
        if (quarter == 0 && word.Length == 1 && word[0] is >= '1' and <= '4')
        {
            quarter = word[0] - '0';
        }

        return quarter != 0;
    }

    private static int CheckMonth(int month) =>
        month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "Месяц — от 1 до 12.");
}
