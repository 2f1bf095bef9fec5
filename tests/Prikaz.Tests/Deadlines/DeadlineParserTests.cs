using Prikaz.Deadlines;
using Prikaz.Model;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Deadlines;

public sealed class DeadlineParserTests
{
    /// <summary>Every «input => expected» line of tests/cases/deadlines/*.txt, with its file and line.</summary>
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(GoldenFile.CasesRoot(), "deadlines"), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('#') || lines[i].Trim().Length == 0)
                {
                    continue;
                }

                var arrow = lines[i].LastIndexOf("=>", StringComparison.Ordinal);
                Assert.True(arrow >= 0, $"{file}:{i + 1}: expected «input => terms»");
                data.Add($"{Path.GetFileName(file)}:{i + 1}", lines[i][..arrow].Trim(), lines[i][(arrow + 2)..].Trim());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises_the_case(string where, string input, string expected)
    {
        var parts = input.Split(" | ", StringSplitOptions.None);
        var deadline = DeadlineParser.Parse(parts);
        Assert.True(expected == DeadlineNotation.Describe(deadline), $"{where}: «{input}» gave {DeadlineNotation.Describe(deadline)}, expected {expected}");
    }

    [Fact]
    public void Source_keeps_the_text_as_written_and_joins_list_entries()
    {
        var deadline = DeadlineParser.Parse(["Июнь 2020", "Сентябрь  2020"]);
        Assert.Equal("Июнь 2020; Сентябрь  2020", deadline.Source);
        Assert.Equal(2, deadline.Terms.Count);
    }

    [Fact]
    public void Free_text_has_no_terms_and_keeps_the_source()
    {
        var deadline = DeadlineParser.Parse(["Май – август 2020, далее – ежегодное обновление"]);
        Assert.True(deadline.IsFreeText);
        Assert.Equal("Май – август 2020, далее – ежегодное обновление", deadline.Source);
    }

    [Fact]
    public void No_parts_is_free_text()
    {
        Assert.True(DeadlineParser.Parse([]).IsFreeText);
    }

    [Fact]
    public void Range_shares_the_year_written_at_its_end()
    {
        var range = Assert.IsType<MonthRangeTerm>(Assert.Single(DeadlineParser.Parse(["июнь-июль 2020 года"]).Terms));
        Assert.Equal(new MonthTerm(6, 2020), range.From);
        Assert.Equal(new MonthTerm(7, 2020), range.To);
    }

    [Theory]
    [InlineData("\"июнь\"")]
    [InlineData("июнь 2020 года (по согласованию)")]
    [InlineData("0.0.0000")]
    [InlineData("99.99.9999")]
    [InlineData("2020-Q5")]
    [InlineData("V квартал 2020 года")]
    [InlineData("0 октября 2020 года")]
    [InlineData("до 1 октября")]
    [InlineData("— — —")]
    public void Never_throws_on_odd_text(string input)
    {
        Assert.True(DeadlineParser.Parse([input]).IsFreeText);
    }
}
