using Prikaz.Deadlines;
using Prikaz.Model;

namespace Prikaz.Tests.Execution;

public sealed class DeadlineDatesTests
{
    private static readonly Period Year2020 = new() { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) };

    private static DeadlineDates Dates(string text, Period? period = null, SchoolYear? school = null) =>
        DeadlineDates.Of(DeadlineParser.Parse([text]), period ?? Year2020, school ?? SchoolYear.Default);

    [Theory]
    [InlineData("Сентябрь", "2020-09-01", "2020-09-30")]
    [InlineData("до 1 октября 2020 года", null, "2020-10-01")]
    [InlineData("III квартал 2020 года", "2020-07-01", "2020-09-30")]
    [InlineData("Сентябрь-декабрь", "2020-09-01", "2020-12-31")]
    [InlineData("в течение 2020 года", "2020-01-01", "2020-12-31")]
    public void A_term_becomes_its_last_day_with_its_start_kept(string text, string? start, string end)
    {
        var date = Assert.Single(Dates(text).Dates);

        Assert.Equal(start is null ? null : DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.False(date.Recurring);
    }

    [Fact]
    public void A_school_year_ends_on_31_May_or_on_the_profile_s_31_August()
    {
        var period = new Period { From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 8, 31) };

        Assert.Equal(new DateOnly(2026, 5, 31), Assert.Single(Dates("2025/2026 учебный год", period).Dates).End);
        Assert.Equal(new DateOnly(2026, 8, 31), Assert.Single(Dates("2025/2026 учебный год", period, SchoolYear.Default with { End = (8, 31) }).Dates).End);
        Assert.Equal(new DateOnly(2025, 9, 1), Assert.Single(Dates("2025/2026 учебный год", period).Dates).Start);
    }

    [Fact]
    public void Recurring_deadlines_expand_into_instances_within_the_period()
    {
        Assert.Equal(
            ["2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31"],
            Dates("ежеквартально").Dates.Select(d => d.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var monthly = Dates("ежемесячно до 25 числа").Dates;
        Assert.Equal(12, monthly.Count);
        Assert.All(monthly, d => Assert.Equal(25, d.End.Day));
        Assert.All(monthly, d => Assert.True(d.Recurring));

        var schoolYear = new Period { From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 5, 31) };
        Assert.Equal(
            [new DateOnly(2025, 10, 31), new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31), new DateOnly(2026, 5, 31)],
            Dates("1 раз в четверть", schoolYear).Dates.Select(d => d.End));
    }

    [Fact]
    public void School_words_fall_due_with_the_school_quarters_and_year()
    {
        var schoolYear = new Period { From = new DateOnly(2025, 8, 25), To = new DateOnly(2026, 5, 31) };
        DateOnly[] quarterEnds = [new(2025, 10, 31), new(2025, 12, 31), new(2026, 3, 31), new(2026, 5, 31)];
        Assert.Equal(quarterEnds, Dates("по четвертям", schoolYear).Dates.Select(d => d.End));
        Assert.Equal(quarterEnds, Dates("по итогам четверти", schoolYear).Dates.Select(d => d.End));

        var throughout = Assert.Single(Dates("в течение учебного года", schoolYear).Dates);
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31)), (throughout.Start!.Value, throughout.End));
        Assert.False(throughout.Recurring);
    }

    [Fact]
    public void The_school_year_of_a_period_over_two_school_years_is_unknown()
    {
        var twoYears = new Period { From = new DateOnly(2025, 9, 1), To = new DateOnly(2026, 12, 31) };
        Assert.Empty(Dates("в течение учебного года", twoYears).Dates);
        Assert.Single(Dates("в течение учебного года", twoYears).Undated);
    }

    [Theory]
    [InlineData("постоянно")]
    [InlineData("по запросу")]
    [InlineData("по графику")]
    public void Words_that_name_no_date_have_none(string text)
    {
        var dates = Dates(text);

        Assert.Empty(dates.Dates);
        Assert.Single(dates.Undated);
    }
}
