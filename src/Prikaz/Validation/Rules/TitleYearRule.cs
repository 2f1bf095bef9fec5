using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Validation.Rules;

/// <summary>A year in a title outside the roadmap period (Нязепетровск: «в 2023 году» over a 2024 roadmap).</summary>
internal sealed partial class TitleYearRule : IRule
{
    public string Code => "PRK011";

    public Severity Severity => Severity.Warning;

    public string Title => "Год в заголовке приказа или «дорожной карты» не совпадает с периодом реализации";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var periods = context.Roadmaps.Select(roadmap => roadmap.Roadmap.Period).OfType<Period>().ToList();
        if (periods.Count == 0)
        {
            yield break;
        }

        // The order's title speaks of all its roadmaps; each roadmap's title of its own period.
        var titles = context.Roadmaps
            .Where(roadmap => roadmap.Roadmap.Period is not null)
            .Select(roadmap => (roadmap.Roadmap.Title, roadmap.Member("title"), "«дорожной карты»", roadmap.Roadmap.Period!.From.Year, roadmap.Roadmap.Period.To.Year))
            .Prepend((context.File.Order.Title, "/order/title", "приказа", periods.Min(period => period.From.Year), periods.Max(period => period.To.Year)));
        foreach (var (title, pointer, whose, from, to) in titles)
        {
            foreach (var year in Years(title).Where(year => year < from || year > to).Distinct())
            {
                yield return new RuleFinding(pointer,
                    $"в заголовке {whose} указан {year.ToString(CultureInfo.InvariantCulture)} год, а период реализации — {YearsText(from, to)}");
            }
        }
    }

    private static string YearsText(int from, int to) => from == to
        ? $"{from.ToString(CultureInfo.InvariantCulture)} год"
        : $"{from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)} годы";

    private static IEnumerable<int> Years(string title) =>
        Year().Matches(title).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture));

    // Four digits 19xx/20xx standing alone; «13.04.2020» is the date of a cited document, not a year of the plan.
    [GeneratedRegex(@"(?<![\d.])(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
