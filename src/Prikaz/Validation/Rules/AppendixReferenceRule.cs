using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>
/// A point or the preamble refers to «приложение № 3» of an order that has two: the clerk reading it
/// would look for an appendix that is not there. «Приложение № 1» of an order with one appendix is
/// allowed — clerks write it, and the appendix exists, even if it is printed unnumbered.
/// </summary>
internal sealed partial class AppendixReferenceRule : IRule
{
    public string Code => "PRK030";

    public Severity Severity => Severity.Error;

    public string Title => "Ссылка на приложение, которого нет";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var count = context.Appendices.Count;
        var texts = context.OrderNumbering.AllPoints.Select(point => (point.Point.Text, point.Pointer + "/text", $"в пункте {point.Number}"));
        if (context.File.Order.Preamble is { } preamble)
        {
            texts = texts.Prepend((preamble, "/order/preamble", "в преамбуле"));
        }

        foreach (var (text, pointer, where) in texts)
        {
            foreach (Match reference in Reference().Matches(text))
            {
                var missing = Numbers().Matches(reference.Groups["numbers"].Value)
                    .Select(number => int.Parse(number.Value, CultureInfo.InvariantCulture))
                    .Where(number => number < 1 || number > count)
                    .Distinct()
                    .ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                var cited = Quoted.Text(reference.Value);
                yield return new RuleFinding(pointer, count switch
                {
                    0 => $"{where} упомянуто {cited}, а приложений у приказа нет",
                    1 => $"{where} упомянуто {cited}, а приложение у приказа одно",
                    _ => $"{where} упомянуто {cited}, а у приказа {RussianPlural.Count(count, "приложение", "приложения", "приложений")}: нет приложения № {string.Join(", ", missing)}",
                });
            }
        }
    }

    // «приложению № 2», «приложения №№ 1, 2», «приложениям № 1 и 2», «приложение № 1–3»; not «приложением № 2
    // к приказу Минпросвещения …», an appendix of another document the preamble cites.
    [GeneratedRegex(@"(?<![\p{L}])[Пп]риложени\p{L}*[ \u00A0]*№№?[ \u00A0]*(?<numbers>\d+(?:[ \u00A0]*(?:,|и|–|-)[ \u00A0]*\d+)*)(?![\d ,\u00A0]*к[ \u00A0])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
