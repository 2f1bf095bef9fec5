using Prikaz.Amendments;

namespace Prikaz.Tests.Amendments;

public sealed class WordReplacementTests
{
    [Theory]
    [InlineData("сентябрь-ноябрь 2020 года", "октябрь-декабрь 2020 года", "сентябрь-ноябрь", "октябрь-декабрь")]
    [InlineData("Информация о проведении мероприятий", "Информация о мероприятиях", "проведении мероприятий", "мероприятиях")]
    [InlineData("а б в", "а в", "б", "")]
    [InlineData("а в", "а б в", "а", "а б")]
    [InlineData("до 2024 года", "постоянно", "до 2024 года", "постоянно")]
    // «2020» occurs twice: the span widens until it is unique in the signed text.
    [InlineData("июнь 2020 – май 2020", "июнь 2020 – май 2021", "май 2020", "май 2021")]
    // Line breaks of the signed text are quoted as signed.
    [InlineData("Сбор сведений:\n1) адрес;\n2) контакты", "Сбор сведений:\n1) адрес ОО;\n2) контакты", "адрес;", "адрес ОО;")]
    public void The_smallest_whole_word_span_quoted_as_signed(string signedText, string newText, string old, string replacement)
    {
        var span = WordReplacement.Between(signedText, newText);

        Assert.Equal(new WordReplacement.Span(old, replacement), span);
        Assert.Equal(newText, WordReplacement.Apply(signedText, span!));
    }

    [Fact]
    public void Texts_that_differ_only_in_spacing_have_no_span() => Assert.Null(WordReplacement.Between("а  б", "а б"));

    [Fact]
    public void Words_that_are_not_in_the_text_exactly_once_are_refused()
    {
        Assert.Null(WordReplacement.Apply("май 2020 и май 2020", new WordReplacement.Span("май", "июнь")));
        Assert.Null(WordReplacement.Apply("майский", new WordReplacement.Span("май", "июнь")));
    }
}
