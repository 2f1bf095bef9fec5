using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Tests.Deadlines;

/// <summary>The compact notation of tests/cases/deadlines/*.txt: «range(6/2020..7/2020); recurring(Constantly)».</summary>
internal static class DeadlineNotation
{
    public static string Describe(Deadline deadline) =>
        deadline.IsFreeText ? "free" : string.Join("; ", deadline.Terms.Select(Describe));

    public static string Describe(DeadlineTerm term) => term switch
    {
        DateTerm date => $"date({date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
        MonthTerm month => $"month({Month(month)})",
        MonthRangeTerm range => $"range({Month(range.From)}..{Month(range.To)})",
        QuarterTerm quarter => quarter.Year is { } year ? $"quarter({quarter.Quarter}/{year})" : $"quarter({quarter.Quarter})",
        YearTerm { Throughout: true } year => $"throughout({year.Year})",
        YearTerm year => $"year({year.Year})",
        BeforeTerm before => $"before({Describe(before.Limit)})",
        RecurringTerm { Day: { } day } recurring => $"recurring({recurring.Kind},{day})",
        RecurringTerm recurring => $"recurring({recurring.Kind})",
        SchoolYearTerm { StartYear: null, Throughout: true } => "throughout-schoolyear(period)",
        SchoolYearTerm { Throughout: true } school => $"throughout-schoolyear({school.StartYear})",
        SchoolYearTerm school => $"schoolyear({school.StartYear})",
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string Month(MonthTerm month) => month.Year is { } year ? $"{month.Month}/{year}" : $"{month.Month}";
}
