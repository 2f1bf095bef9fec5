using Prikaz.Printability;
using Prikaz.Profiles;
using Prikaz.Tests.Cli;
using Prikaz.Writers.Pdf;

namespace Prikaz.Tests.Writers;

/// <summary>Issue 10, item 8: a letterhead line that wraps and leaves one word alone on its last line is a warning (PRK242).</summary>
public sealed class LetterheadWidowTests
{
    private static readonly PdfWriter Fonts = new(new PdfWriterOptions(Path.Combine(CliRun.Templates, "fonts")));

    private static AuthorityProfile Profile(params string[] letterhead) =>
        new() { Id = "p", Name = "П", Letterhead = letterhead, ApprovedBy = "приказом", AppendixTo = "к приказу" };

    [Fact]
    public void A_line_that_leaves_its_last_word_alone_is_reported_at_that_line()
    {
        // Words are added while the line fits the 170 mm of a portrait page at 14 pt bold; the first that
        // does not fit is the one left alone.
        var line = "МИНИСТЕРСТВО";
        var widow = string.Empty;
        foreach (var word in new[] { "ОБРАЗОВАНИЯ", "НАУКИ", "И", "МОЛОДЁЖНОЙ", "ПОЛИТИКИ", "ЗАБАЙКАЛЬСКОГО", "ПРИГРАНИЧНОГО", "КРАЯ" })
        {
            line += " " + word;
            if (Fonts.WidthMm(line, 14, bold: true) > 170)
            {
                widow = word;
                break;
            }
        }

        var map = new Prikaz.Loading.SourceMap("p.yaml");
        map.Add("/letterhead/1", new Prikaz.Loading.SourcePosition(9, 5));

        var warning = Assert.Single(LetterheadWidowCheck.Check(Profile("ПРАВИТЕЛЬСТВО", line), map, "order.yaml", Fonts));

        Assert.Equal("p.yaml:9:5: warning PRK242: строка бланка «" + line + "» не помещается в строку, и на последней строке остаётся одно слово «" + widow + "»: " +
            "разбейте её в профиле (letterhead) на две строки там, где ей естественно переноситься", warning.ToString());
    }

    [Fact]
    public void Lines_that_fit_or_wrap_with_company_are_fine()
    {
        Assert.Empty(LetterheadWidowCheck.Check(Profile("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ", "ЧЕЛЯБИНСКОЙ ОБЛАСТИ"), null, "order.yaml", Fonts));
        Assert.Empty(LetterheadWidowCheck.Check(
            Profile("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ МОЛЧАНОВСКОГО И ЧАИНСКОГО РАЙОНОВ ТОМСКОЙ ОБЛАСТИ»"),
            null, "order.yaml", Fonts));
    }
}
