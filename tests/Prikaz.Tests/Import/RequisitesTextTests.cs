using Prikaz.Import.Recognition;
using Prikaz.Import.Yaml;
using YamlDotNet.RepresentationModel;

namespace Prikaz.Tests.Import;

/// <summary>The words and dates of an order's form in the spellings the seeds and real forms use.</summary>
public sealed class RequisitesTextTests
{
    [Theory]
    [InlineData("23 ИЮН 2020", "2020-06-23")]
    [InlineData("от. 13.02.2024 г. № 31", "2024-02-13")]
    [InlineData("23.04.2020 № 414", "2020-04-23")]
    [InlineData("22.06.2020", "2020-06-22")]
    [InlineData("«02» июня 2025 г. № 15-р", "2025-06-02")]
    [InlineData("от 1 сентября 2025 года", "2025-09-01")]
    [InlineData("2025-09-01", "2025-09-01")]
    public void Dates_are_read_in_every_printed_form(string text, string iso)
    {
        Assert.True(RussianDateText.TryFind(text, out var date, out _));
        Assert.Equal(DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("31.02.2024")]
    [InlineData("23 ГОРОХА 2020")]
    [InlineData("№ 414")]
    public void Impossible_dates_are_not_read(string text) => Assert.False(RussianDateText.TryFind(text, out _, out _));

    [Theory]
    [InlineData("ПРИКАЗЫВАЮ:")]
    [InlineData("приказы в а ю:")]
    [InlineData("П Р И К А З Ы В А Ю :")]
    [InlineData("**ПРИКАЗЫВАЮ:**")]
    [InlineData("п р и к а з ы в а ю:")]
    public void Decree_word_is_recognised_in_every_spelling(string line) => Assert.True(OrderWords.IsDecree(line));

    [Fact]
    public void Decree_run_into_the_preamble_is_cut_off()
    {
        Assert.True(OrderWords.EndsWithDecree("… в муниципальных общеобразовательных учреждениях Молчановского района приказываю:", out var preamble));
        Assert.Equal("… в муниципальных общеобразовательных учреждениях Молчановского района", preamble);
    }

    [Theory]
    [InlineData("ПРИКАЗ", true)]
    [InlineData("П Р И К А З", true)]
    [InlineData("РАСПОРЯЖЕНИЕ", true)]
    [InlineData("Приказом министерства", false)]
    public void Document_kind_word(string line, bool recognised) => Assert.Equal(recognised, OrderWords.KindWord(line) is not null);

    [Theory]
    [InlineData("31")]
    [InlineData("017/1324")]
    [InlineData("yes")]
    [InlineData("2020-06-23")]
    [InlineData("- список")]
    [InlineData("Задачи: важные")]
    [InlineData("«Дорожная карта» # не комментарий")]
    [InlineData("Руководителям:")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData(" отступ")]
    [InlineData("кавычка \" и \\ обратная черта")]
    public void Scalars_read_back_as_the_same_string(string value)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("key: " + YamlScalar.Inline(value) + "\n"));
        var node = (YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("key")];
        Assert.Equal(value, node.Value);
    }

    [Theory]
    [InlineData("31")]
    [InlineData("1.5")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("2020-06-23")]
    public void Values_a_reader_could_take_for_another_type_are_quoted(string value) => Assert.StartsWith("\"", YamlScalar.Inline(value), StringComparison.Ordinal);
}
