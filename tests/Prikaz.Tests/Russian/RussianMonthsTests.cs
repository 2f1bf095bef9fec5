using Prikaz.Russian;

namespace Prikaz.Tests.Russian;

public sealed class RussianMonthsTests
{
    [Theory]
    [InlineData(1, "январь", "января")]
    [InlineData(5, "май", "мая")]
    [InlineData(6, "июнь", "июня")]
    [InlineData(8, "август", "августа")]
    [InlineData(12, "декабрь", "декабря")]
    public void Names_in_nominative_and_genitive(int month, string nominative, string genitive)
    {
        Assert.Equal(nominative, RussianMonths.Nominative(month));
        Assert.Equal(genitive, RussianMonths.Genitive(month));
    }

    [Theory]
    [InlineData("Июнь", 6)]
    [InlineData("ИЮНЯ", 6)]
    [InlineData("мая", 5)]
    [InlineData("Сентябрь", 9)]
    public void Parses_either_case(string word, int month)
    {
        Assert.True(RussianMonths.TryParse(word, out var parsed));
        Assert.Equal(month, parsed);
    }

    [Theory]
    [InlineData("июн")]
    [InlineData("мае")]
    [InlineData("")]
    public void Rejects_other_words(string word) => Assert.False(RussianMonths.TryParse(word, out _));

    [Theory]
    [InlineData("III", 3)]
    [InlineData("iv", 4)]
    [InlineData("1", 1)]
    public void Parses_quarters(string word, int quarter)
    {
        Assert.True(RussianMonths.TryParseQuarter(word, out var parsed));
        Assert.Equal(quarter, parsed);
        Assert.Equal(new[] { "I", "II", "III", "IV" }[quarter - 1], RussianMonths.QuarterNumeral(quarter));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_out_of_range_throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RussianMonths.Nominative(month));
}
