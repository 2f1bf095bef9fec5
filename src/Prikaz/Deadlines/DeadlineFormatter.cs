using System.Globalization;
using Prikaz.Model;
using Prikaz.Russian;

namespace Prikaz.Deadlines;

/// <summary>Writes a recognised deadline in an authority's style; free text is printed as written.</summary>
public static class DeadlineFormatter
{
    /// <summary>The deadline as it should be printed in the roadmap table.</summary>
    public static string Format(Deadline deadline, DeadlineStyle style)
    {
        if (deadline.IsFreeText)
        {
            return deadline.Source;
        }

        var text = string.Join(style.TermSeparator, deadline.Terms.Select(term => Format(term, style)));
        return style.Capitalize && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>One term in lower case: «июнь – июль 2020 года», «до мая 2021 года», «по графику».</summary>
    public static string Format(DeadlineTerm term, DeadlineStyle style) => term switch
    {
        DateTerm date => Date(date.Date, style),
        MonthTerm month => WithYear(RussianMonths.Nominative(month.Month), month.Year, style, YearContext.AfterName),
        MonthRangeTerm range => Range(range, style),
        QuarterTerm quarter => WithYear($"{RussianMonths.QuarterNumeral(quarter.Quarter)} квартал", quarter.Year, style, YearContext.AfterName),
        YearTerm { Throughout: true } year => "в течение " + WithYear(Number(year.Year), null, style, YearContext.Governed, year.Year),
        YearTerm year => WithYear(Number(year.Year), null, style, YearContext.Standalone, year.Year),
        BeforeTerm before => "до " + Limit(before.Limit, style),
        RecurringTerm { Day: { } day } recurring => $"{Recurring(recurring.Kind)} до {Number(day)} числа",
        RecurringTerm recurring => Recurring(recurring.Kind),
        SchoolYearTerm { StartYear: null, Throughout: true } => "в течение учебного года",
        SchoolYearTerm { StartYear: null } => "учебный год",
        SchoolYearTerm { Throughout: true } school => $"в течение {SchoolYear(school)} учебного года",
        SchoolYearTerm school => $"{SchoolYear(school)} учебный год",
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Неизвестный вид срока."),
    };

    /// <summary>The recurring word in lower case.</summary>
    public static string Recurring(RecurringKind kind) => kind switch
    {
        RecurringKind.Constantly => "постоянно",
        RecurringKind.Annually => "ежегодно",
        RecurringKind.Quarterly => "ежеквартально",
        RecurringKind.Monthly => "ежемесячно",
        RecurringKind.ThroughoutYear => "в течение года",
        RecurringKind.OnSchedule => "по графику",
        RecurringKind.OnSeparateSchedule => "по отдельному графику",
        RecurringKind.OnRequest => "по запросу",
        RecurringKind.EverySchoolQuarter => "1 раз в четверть",
        RecurringKind.BySchoolQuarters => "по четвертям",
        RecurringKind.AfterSchoolQuarter => "по итогам четверти",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Неизвестное слово срока."),
    };

    private static string Range(MonthRangeTerm range, DeadlineStyle style)
    {
        // The start's year is printed only when it differs: «июнь – июль 2020 года», «сентябрь 2020 – апрель 2021».
        var fromYear = range.From.Year == range.To.Year ? null : range.From.Year;
        return WithYear(RussianMonths.Nominative(range.From.Month), fromYear, style, YearContext.AfterName)
            + style.RangeDash
            + WithYear(RussianMonths.Nominative(range.To.Month), range.To.Year, style, YearContext.AfterName);
    }

    private static string Limit(DeadlineTerm limit, DeadlineStyle style) => limit switch
    {
        MonthTerm month => WithYear(RussianMonths.Genitive(month.Month), month.Year, style, YearContext.Governed),
        QuarterTerm quarter => WithYear($"{RussianMonths.QuarterNumeral(quarter.Quarter)} квартала", quarter.Year, style, YearContext.Governed),
        YearTerm year => WithYear(Number(year.Year), null, style, YearContext.Governed, year.Year),
        _ => Format(limit, style),
    };

    private static string Date(DateOnly date, DeadlineStyle style) => style.DateForm == DateForm.Numeric
        ? RussianDates.Numeric(date)
        : WithYear(RussianDates.DayMonth(date), date.Year, style, YearContext.Governed);

    /// <summary>
    /// Appends the year and the year word. <paramref name="bareYear"/> is set when the text already is
    /// the year and only the word is to be added.
    /// </summary>
    private static string WithYear(string text, int? year, DeadlineStyle style, YearContext context, int? bareYear = null)
    {
        if (year is null && bareYear is null)
        {
            return text;
        }

        var withNumber = year is { } y ? $"{text} {Number(y)}" : text;
        var word = (style.YearWord, context) switch
        {
            (YearWord.None, _) => null,
            (YearWord.Abbreviated, _) => "г.",
            (_, YearContext.Standalone) => "год",
            (YearWord.Nominative, YearContext.AfterName) => "год",
            _ => "года",
        };
        // The year word never wraps away from its year («2020 / года» at a line end).
        return word is null ? withNumber : $"{withNumber}{Typography.NoBreakSpace}{word}";
    }

    private static string SchoolYear(SchoolYearTerm school) => $"{Number(school.StartYear!.Value)}/{Number(school.StartYear.Value + 1)}";

    private static string Number(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where the year stands decides the grammatical form of «год».</summary>
    private enum YearContext
    {
        /// <summary>After a month or quarter: «июнь 2020 года».</summary>
        AfterName,

        /// <summary>After «до», «в течение» or a day: always genitive, «до 2024 года».</summary>
        Governed,

        /// <summary>A year on its own: «2020 год».</summary>
        Standalone,
    }
}
