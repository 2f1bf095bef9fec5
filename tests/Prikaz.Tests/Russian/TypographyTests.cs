using Prikaz.Russian;

namespace Prikaz.Tests.Russian;

public sealed class TypographyTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData("А.И. Кузнецов", "А.И.\u00A0Кузнецов")]
    [InlineData("министра Л.А.Закирову.", "министра Л.А.\u00A0Закирову.")]
    [InlineData("С. А. Губина", "С.\u00A0А.\u00A0Губина")]
    [InlineData("(Барабас А.А.) и (Хохлов А.В.)", "(Барабас\u00A0А.А.) и (Хохлов\u00A0А.В.)")]
    [InlineData("МКОУ СОШ №27", "МКОУ СОШ №\u00A027")]
    [InlineData("от 23.04.2020 № 414", "от 23.04.2020 №\u00A0414")]
    [InlineData("от 14 марта 2022 года", "от 14 марта 2022\u00A0года")]
    [InlineData("в 2024 году, на 2020 год", "в 2024\u00A0году, на 2020\u00A0год")]
    [InlineData("на 2020-2021 г.", "на 2020-2021\u00A0г.")]
    public void Non_breaking_spaces(string text, string expected) => Assert.Equal(expected, Typography.NonBreakingSpaces(text));

    [Theory]
    [InlineData("ОО. Рекомендации")]
    [InlineData("И.о. начальника Управления")]
    [InlineData("г. Нязепетровск")]
    [InlineData("12345 года")]
    [InlineData("2020 годовой отчёт")]
    public void Leaves_abbreviations_alone(string text) => Assert.Equal(text, Typography.NonBreakingSpaces(text));

    [Theory]
    [InlineData("МКОУ \"Араслановская СОШ\"", "МКОУ «Араслановская СОШ»")]
    [InlineData("\"Отличная школа 74.ru\"", "«Отличная школа 74.ru»")]
    [InlineData("приказ \"Об утверждении \"дорожной карты\"\"", "приказ «Об утверждении „дорожной карты“»")]
    [InlineData("ГБУ ДПО «ЧИРО \"Центр\"»", "ГБУ ДПО «ЧИРО „Центр“»")]
    [InlineData("(\"РЦОКИО\")", "(«РЦОКИО»)")]
    public void Quotes_become_yolochki_with_nested_lapki(string text, string expected) => Assert.Equal(expected, Typography.Quotes(text));

    [Theory]
    [InlineData("(далее - «дорожная карта»)", "(далее – «дорожная карта»)")]
    [InlineData("июнь-июль", "июнь-июль")]
    [InlineData("- пункт списка", "- пункт списка")]
    public void Spaced_hyphen_between_words_becomes_an_en_dash(string text, string expected) => Assert.Equal(expected, Typography.Dashes(text));

    [Fact]
    public void Collapses_runs_of_spaces_but_keeps_line_breaks() =>
        Assert.Equal("Министерство образования\nи науки", Typography.CollapseSpaces("Министерство   образования\nи  науки"));

    [Fact]
    public void Apply_does_everything_at_once() =>
        Assert.Equal($"Приказ «О школе №{Nbsp}27» – исполнитель Л.А.{Nbsp}Закирова",
            Typography.Apply("Приказ  \"О школе №27\" - исполнитель Л.А.Закирова"));
}
