using Prikaz.Deadlines;
using Prikaz.Model;

namespace Prikaz.Tests.Deadlines;

public sealed class DeadlineResolverTests
{
    private static readonly Period Year2020 = new() { From = new DateOnly(2020, 4, 23), To = new DateOnly(2020, 12, 31) };
    private static readonly Period SchoolYear = new() { From = new DateOnly(2020, 9, 1), To = new DateOnly(2021, 5, 31) };

    [Theory]
    [InlineData("23.06.2020", "2020-06-23", "2020-06-23")]
    [InlineData("июнь 2020 года", "2020-06-01", "2020-06-30")]
    [InlineData("февраль 2024 года", "2024-02-01", "2024-02-29")]
    [InlineData("июнь-июль 2020 года", "2020-06-01", "2020-07-31")]
    [InlineData("Сентябрь 2020 – апрель 2021", "2020-09-01", "2021-04-30")]
    [InlineData("III квартал 2020 года", "2020-07-01", "2020-09-30")]
    [InlineData("2020 год", "2020-01-01", "2020-12-31")]
    [InlineData("в течение 2020 года", "2020-01-01", "2020-12-31")]
    [InlineData("Апрель", "2020-04-01", "2020-04-30")]
    [InlineData("Сентябрь-декабрь", "2020-09-01", "2020-12-31")]
    [InlineData("IV квартал", "2020-10-01", "2020-12-31")]
    public void Resolves_a_term_to_its_days(string text, string from, string to)
    {
        var resolution = DeadlineResolver.Resolve(DeadlineParser.Parse([text]), Year2020);
        Assert.Empty(resolution.Unresolved);
        Assert.Equal(new DateInterval(DateOnly.Parse(from), DateOnly.Parse(to)), Assert.Single(resolution.Intervals));
    }

    [Theory]
    [InlineData("До 10.06.2020", "2020-06-10")]
    [InlineData("до мая 2021", "2021-05-31")]
    [InlineData("до 2024 года", "2024-12-31")]
    [InlineData("до III квартала 2020 года", "2020-09-30")]
    public void Before_covers_everything_up_to_its_limit(string text, string to)
    {
        var interval = Assert.Single(DeadlineResolver.Resolve(DeadlineParser.Parse([text]), null).Intervals);
        Assert.True(interval.IsOpenStart);
        Assert.Equal(DateOnly.Parse(to), interval.To);
    }

    [Theory]
    [InlineData("Апрель")]
    [InlineData("Сентябрь-декабрь")]
    [InlineData("IV квартал")]
    [InlineData("до мая")]
    public void Month_without_a_year_is_unresolved_when_the_period_spans_years(string text)
    {
        var deadline = DeadlineParser.Parse([text]);
        Assert.Single(DeadlineResolver.Resolve(deadline, SchoolYear).Unresolved);
        Assert.Single(DeadlineResolver.Resolve(deadline, null).Unresolved);
        Assert.Empty(DeadlineResolver.Resolve(deadline, SchoolYear).Intervals);
    }

    [Fact]
    public void Range_crossing_new_year_without_years_is_unresolved_in_a_one_year_period()
    {
        Assert.Single(DeadlineResolver.Resolve(DeadlineParser.Parse(["Ноябрь – февраль"]), Year2020).Unresolved);
    }

    [Theory]
    [InlineData("постоянно")]
    [InlineData("по графику")]
    [InlineData("Май – август 2020, далее – ежегодное обновление")]
    public void Recurring_words_and_free_text_name_no_days(string text)
    {
        var resolution = DeadlineResolver.Resolve(DeadlineParser.Parse([text]), Year2020);
        Assert.Empty(resolution.Intervals);
        Assert.Empty(resolution.Unresolved);
        Assert.Null(resolution.End);
    }

    [Fact]
    public void End_is_the_last_day_of_all_terms()
    {
        var resolution = DeadlineResolver.Resolve(DeadlineParser.Parse(["Февраль – Май, август – декабрь 2024 год"]), new Period { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) });
        Assert.Equal(2, resolution.Intervals.Count);
        Assert.Equal(new DateOnly(2024, 12, 31), resolution.End);
        Assert.Equal(new DateOnly(2024, 2, 1), resolution.Intervals[0].From);
    }

    [Fact]
    public void Implied_year_needs_a_period_within_one_year()
    {
        Assert.Equal(2020, DeadlineResolver.ImpliedYear(Year2020));
        Assert.Null(DeadlineResolver.ImpliedYear(SchoolYear));
        Assert.Null(DeadlineResolver.ImpliedYear(null));
    }
}
