using System.Globalization;
using System.Text.RegularExpressions;

namespace Prikaz.Loading;

/// <summary>Explains in Russian why a text is not a date of the form ГГГГ-ММ-ДД.</summary>
internal static partial class DateProblem
{
    private static readonly string[] MonthsPrepositional =
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

    public static string Explain(string text)
    {
        if (IsoShape().Match(text) is { Success: true } iso)
        {
            var year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year == 0)
            {
                return $"дата {text} невозможна: нулевого года не бывает";
            }

            if (month is < 1 or > 12)
            {
                return string.Create(CultureInfo.InvariantCulture, $"дата {text} невозможна: месяца {month} не бывает (ГГГГ-ММ-ДД)");
            }

            var days = DateTime.DaysInMonth(year, month);
            return string.Create(CultureInfo.InvariantCulture,
                $"дата {text} невозможна: в {MonthsPrepositional[month - 1]} {year} года {days} {(days == 31 ? "день" : "дней")}");
        }

        if (RussianShape().Match(text) is { Success: true } ru)
        {
            return $"дата записывается как ГГГГ-ММ-ДД: вместо \"{text}\" напишите {ru.Groups[3].Value}-{ru.Groups[2].Value}-{ru.Groups[1].Value}";
        }

        return $"ожидается дата в виде ГГГГ-ММ-ДД, например 2020-06-23, а указано \"{text}\"";
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"^(\d{2})\.(\d{2})\.(\d{4})$")]
    private static partial Regex RussianShape();
}
