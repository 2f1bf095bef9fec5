using Prikaz.Model;
using Prikaz.Russian;
using Prikaz.Deadlines;

namespace Prikaz.Tests.Deadlines;

public sealed class DeadlineFormatterTests
{
    private static readonly DeadlineStyle Chelyabinsk = DeadlineStyle.Default;
    private static readonly DeadlineStyle Nyazepetrovsk = new() { Capitalize = true, YearWord = YearWord.Abbreviated };
    private static readonly DeadlineStyle Amur = new() { Capitalize = true };
    private static readonly DeadlineStyle Molchanovo = new() { Capitalize = true, YearWord = YearWord.None, DateForm = DateForm.Numeric };

    public static TheoryData<string, string, string> SeedWays() => new()
    {
        { "июнь-июль 2020 года", nameof(Chelyabinsk), "июнь – июль 2020 года" },
        { "до 1 октября 2020 года", nameof(Chelyabinsk), "до 1 октября 2020 года" },
        { "в течение 2020 года", nameof(Chelyabinsk), "в течение 2020 года" },
        { "до 2024 года", nameof(Chelyabinsk), "до 2024 года" },
        { "постоянно", nameof(Chelyabinsk), "постоянно" },
        { "июнь 2020 года", nameof(Chelyabinsk), "июнь 2020 года" },
        { "Февраль – апрель 2024 год", nameof(Nyazepetrovsk), "Февраль – апрель 2024 г." },
        { "Февраль-март", nameof(Nyazepetrovsk), "Февраль – март" },
        { "Февраль – Май, август – декабрь 2024 год", nameof(Nyazepetrovsk), "Февраль – май, август – декабрь 2024 г." },
        { "В течение года", nameof(Nyazepetrovsk), "В течение года" },
        { "Апрель", nameof(Amur), "Апрель" },
        { "По графику", nameof(Amur), "По графику" },
        { "Сентябрь-декабрь", nameof(Amur), "Сентябрь – декабрь" },
        { "До 10.06.2020", nameof(Molchanovo), "До 10.06.2020" },
        { "До 20 августа 2020", nameof(Molchanovo), "До 20.08.2020" },
        { "Сентябрь 2020 – апрель 2021", nameof(Molchanovo), "Сентябрь 2020 – апрель 2021" },
        { "Май-июнь 2020", nameof(Molchanovo), "Май – июнь 2020" },
        { "До мая 2021", nameof(Molchanovo), "До мая 2021" },
        { "По отдельному графику", nameof(Molchanovo), "По отдельному графику" },
    };

    [Theory]
    [MemberData(nameof(SeedWays))]
    public void Renders_the_seeds_ways(string source, string authority, string expected)
    {
        var style = authority switch
        {
            nameof(Chelyabinsk) => Chelyabinsk,
            nameof(Nyazepetrovsk) => Nyazepetrovsk,
            nameof(Amur) => Amur,
            _ => Molchanovo,
        };
        Assert.Equal(expected, Printed(DeadlineParser.Parse([source]), style));
    }

    [Theory]
    [InlineData(YearWord.Full, "февраль 2024 года")]
    [InlineData(YearWord.Nominative, "февраль 2024 год")]
    [InlineData(YearWord.Abbreviated, "февраль 2024 г.")]
    [InlineData(YearWord.None, "февраль 2024")]
    public void Year_word_after_a_month(YearWord word, string expected)
    {
        Assert.Equal(expected, Printed(DeadlineParser.Parse(["Февраль 2024 год"]), new DeadlineStyle { YearWord = word }));
    }

    [Theory]
    [InlineData(YearWord.Full, "2020 год")]
    [InlineData(YearWord.Nominative, "2020 год")]
    [InlineData(YearWord.Abbreviated, "2020 г.")]
    [InlineData(YearWord.None, "2020")]
    public void Year_word_after_a_bare_year(YearWord word, string expected)
    {
        Assert.Equal(expected, Printed(DeadlineParser.Parse(["2020 год"]), new DeadlineStyle { YearWord = word }));
    }

    [Fact]
    public void Governed_year_stays_genitive_in_the_nominative_style()
    {
        var style = new DeadlineStyle { YearWord = YearWord.Nominative };
        Assert.Equal("в течение 2020 года", Printed(DeadlineParser.Parse(["в течение 2020 года"]), style));
        Assert.Equal("до 1 октября 2020 года", Printed(DeadlineParser.Parse(["до 1 октября 2020 года"]), style));
        Assert.Equal("до мая 2021 года", Printed(DeadlineParser.Parse(["до мая 2021"]), style));
    }

    [Theory]
    [InlineData("2020-Q3", "III квартал 2020 года")]
    [InlineData("до III квартала 2021 года", "до III квартала 2021 года")]
    [InlineData("2020-10-01", "1 октября 2020 года")]
    [InlineData("ноябрь – февраль 2021 года", "ноябрь 2020 года – февраль 2021 года")]
    [InlineData("июнь 2020 года | сентябрь 2020 года", "июнь 2020 года, сентябрь 2020 года")]
    [InlineData("ежегодно", "ежегодно")]
    [InlineData("ежеквартально", "ежеквартально")]
    [InlineData("ежемесячно", "ежемесячно")]
    [InlineData("по запросу", "по запросу")]
    [InlineData("в течение учебного года", "в течение учебного года")]
    [InlineData("1 раз в четверть", "1 раз в четверть")]
    [InlineData("по четвертям", "по четвертям")]
    [InlineData("По итогам четверти", "по итогам четверти")]
    [InlineData("ежемесячно до 25 числа", "ежемесячно до 25 числа")]
    public void Renders_other_terms_in_the_default_style(string source, string expected)
    {
        Assert.Equal(expected, Printed(DeadlineParser.Parse(source.Split(" | ")), DeadlineStyle.Default));
    }

    [Fact]
    public void A_school_range_across_new_year_keeps_both_years_as_written()
    {
        var style = DeadlineStyle.Default with { YearWord = YearWord.Abbreviated };
        Assert.Equal("август 2025 г. – май 2026 г.", Printed(DeadlineParser.Parse(["август 2025 г. – май 2026 г."]), style));
    }

    [Fact]
    public void Free_text_is_printed_as_written_even_when_capitalising()
    {
        var deadline = DeadlineParser.Parse(["май – август 2020, далее – ежегодное обновление"]);
        Assert.Equal("май – август 2020, далее – ежегодное обновление", Printed(deadline, Amur));
    }

    [Fact]
    public void Range_dash_and_separator_come_from_the_style()
    {
        var style = new DeadlineStyle { RangeDash = "–", TermSeparator = "; ", YearWord = YearWord.None };
        Assert.Equal("июнь–июль 2020; постоянно", Printed(DeadlineParser.Parse(["июнь-июль 2020, постоянно"]), style));
    }

    [Fact]
    public void The_year_word_is_held_to_its_year_by_a_non_breaking_space()
    {
        // «2020 / года» at a line end happened in a narrow column.
        Assert.Equal("июнь 2020\u00A0года", DeadlineFormatter.Format(DeadlineParser.Parse(["июнь 2020 года"]), DeadlineStyle.Default));
    }

    // The expected texts are written with plain spaces; the non-breaking one has a test of its own.
    private static string Printed(Deadline deadline, DeadlineStyle style) =>
        DeadlineFormatter.Format(deadline, style).Replace(Typography.NoBreakSpace, ' ');
}
