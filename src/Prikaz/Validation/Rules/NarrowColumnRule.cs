using System.Globalization;
using Prikaz.Diagnostics;
using Prikaz.Orders;
using Prikaz.Tables;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A column whose fixed width (the author's or the profile's) cannot hold its longest word: the word
/// would be broken between letters in print. Columns without a width are fitted to their words and
/// never are. Needs the profile and the fonts' measure; without them it stays silent.
/// </summary>
internal sealed class NarrowColumnRule : IRule
{
    public string Code => "PRK034";

    public Severity Severity => Severity.Warning;

    public string Title => "Заданная ширина столбца меньше самого длинного слова в нём";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context is not { Profile: { } profile, Measure: { } measure })
        {
            yield break;
        }

        foreach (var site in context.Roadmaps)
        {
            var landscape = AppendixPages.IsLandscape(site.Appendix.Appendix, profile);
            var fitted = TableWidths.Roadmap(site.Roadmap, site.Pointer, context.File.Parties, profile, landscape, measure);
            foreach (var narrow in fitted.Narrow)
            {
                var column = site.Roadmap.Columns[narrow.Index];
                var pointer = JsonPointer.Index(site.Member("columns"), narrow.Index);
                yield return column.Width is not null
                    ? new RuleFinding(pointer + "/width", Message(column.Title, narrow, "width"))
                    : new RuleFinding(pointer, Message(column.Title, narrow, $"columnWidths.{column.Key} в профиле «{profile.Id}»"));
            }
        }

        foreach (var site in context.Tables())
        {
            var landscape = site.Appendix is { } appendix && AppendixPages.IsLandscape(appendix, profile);
            foreach (var narrow in TableWidths.Plain(site.Table, profile, landscape, measure).Narrow)
            {
                yield return new RuleFinding(JsonPointer.Index(site.Pointer + "/columns", narrow.Index) + "/width",
                    Message(site.Table.Columns[narrow.Index].Title, narrow, "width"));
            }
        }
    }

    private static string Message(string title, NarrowColumn narrow, string setting) =>
        $"столбец {Quoted.Text(title)} получает {Mm(narrow.WidthMm)} мм, а слову «{narrow.Word}» нужно {Mm(narrow.NeededMm)} мм: " +
        $"оно будет разорвано между буквами; увеличьте ширину ({setting}) или уберите её, чтобы ширина подбиралась по содержимому";

    // Russian decimals: «24,5 мм».
    private static string Mm(double value) => value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
