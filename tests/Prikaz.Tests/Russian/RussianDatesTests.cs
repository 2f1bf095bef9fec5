using Prikaz.Russian;

namespace Prikaz.Tests.Russian;

public sealed class RussianDatesTests
{
    private static readonly DateOnly OrderDate = new(2020, 6, 23);

    [Fact]
    public void Numeric_is_day_month_year_with_dots() => Assert.Equal("23.06.2020", RussianDates.Numeric(OrderDate));

    [Fact]
    public void Numeric_pads_day_and_month() => Assert.Equal("01.02.2024", RussianDates.Numeric(new DateOnly(2024, 2, 1)));

    [Fact]
    public void Long_uses_the_genitive_month_and_the_full_year_word() => Assert.Equal("23 июня 2020 года", RussianDates.Long(OrderDate));

    [Fact]
    public void Long_abbreviated_uses_g() => Assert.Equal("23 июня 2020 г.", RussianDates.LongAbbreviated(OrderDate));

    [Fact]
    public void Day_month_has_no_leading_zero() => Assert.Equal("1 октября", RussianDates.DayMonth(new DateOnly(2020, 10, 1)));

    [Fact]
    public void Numeric_span_joins_with_an_en_dash() =>
        Assert.Equal("23.06.2020–31.12.2020", RussianDates.NumericSpan(OrderDate, new DateOnly(2020, 12, 31)));
}
