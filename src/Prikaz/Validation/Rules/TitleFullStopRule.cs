using System.Text.RegularExpressions;
using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>ГОСТ Р 7.0.97-2016, 5.18: no full stop after the title to the text (nor after an appendix's or a table's title).</summary>
internal sealed partial class TitleFullStopRule : IRule
{
    public string Code => "PRK026";

    public Severity Severity => Severity.Warning;

    public string Title => "Заголовок заканчивается точкой (по ГОСТ Р 7.0.97 точка после заголовка не ставится)";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var titles = new List<(string Text, string Pointer, string Whose)> { (context.File.Order.Title, "/order/title", "приказа") };
        titles.AddRange(context.Roadmaps.Select(roadmap => (roadmap.Roadmap.Title, roadmap.Member("title"), "«дорожной карты»")));
        titles.AddRange(context.Tables().Where(table => table.Table.Title is not null).Select(table => (table.Table.Title!, table.Pointer + "/title", "таблицы " + table.Whose)));
        titles.AddRange(context.Appendices.Where(appendix => appendix.Appendix.List is not null)
            .Select(appendix => (appendix.Appendix.List!.Title, appendix.Pointer + "/list/title", RuleContext.AppendixName(appendix))));

        foreach (var (text, pointer, whose) in titles)
        {
            var trimmed = text.TrimEnd();
            if (trimmed.EndsWith('.') && !trimmed.EndsWith("..", StringComparison.Ordinal) && !EndsWithAbbreviation(trimmed))
            {
                yield return new RuleFinding(pointer, $"заголовок {whose} заканчивается точкой; по ГОСТ Р 7.0.97 точку после заголовка не ставят");
            }
        }
    }

    // «на 2020 – 2021 г.», «и т.д.», «и др.»: the dot belongs to an abbreviation, not to the sentence.
    private static bool EndsWithAbbreviation(string title) => Abbreviation().IsMatch(title);

    [GeneratedRegex(@"(?:^|[\s(])(?:\p{Ll}{1,3}\.)+$")]
    private static partial Regex Abbreviation();
}
