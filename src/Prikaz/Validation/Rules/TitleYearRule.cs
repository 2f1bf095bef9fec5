using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A year in a title outside the roadmap period (Нязепетровск: «в 2023 году» over a 2024 roadmap).</summary>
internal sealed partial class TitleYearRule : IRule
{
    public string Code => "PRK011";

    public Severity Severity => Severity.Warning;

    public string Title => "Год в заголовке приказа или «дорожной карты» не совпадает с периодом реализации";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context.File.Roadmap is not { Period: { } period } roadmap)
        {
            yield break;
        }

        var years = period.From.Year == period.To.Year
            ? $"{period.From.Year.ToString(CultureInfo.InvariantCulture)} год"
            : $"{period.From.Year.ToString(CultureInfo.InvariantCulture)}–{period.To.Year.ToString(CultureInfo.InvariantCulture)} годы";
        foreach (var (title, pointer, whose) in new[]
                 {
                     (context.File.Order.Title, "/order/title", "приказа"),
                     (roadmap.Title, "/roadmap/title", "«дорожной карты»"),
                 })
        {
            foreach (var year in Years(title).Where(year => year < period.From.Year || year > period.To.Year).Distinct())
            {
                yield return new RuleFinding(pointer,
                    $"в заголовке {whose} указан {year.ToString(CultureInfo.InvariantCulture)} год, а период реализации — {years}");
            }
        }
    }

    private static IEnumerable<int> Years(string title) =>
        Year().Matches(title).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture));

    // Four digits 19xx/20xx standing alone; «13.04.2020» is the date of a cited document, not a year of the plan.
    [GeneratedRegex(@"(?<![\d.])(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
