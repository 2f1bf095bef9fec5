using System.Text.RegularExpressions;
using Prikaz.Deadlines;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The roadmap's period is rarely printed as such. It is taken from the years the deadlines name, else
/// from the title («на 2020 год», «на 2020 – 2021 год»), else the order's year — always as a guess.
/// </summary>
internal static partial class PeriodGuess
{
    public static void Apply(DraftOrder order)
    {
        var roadmap = order.Roadmap!;
        var years = roadmap.AllItems
            .SelectMany(i => i.Schedule.Select(s => s.Deadline).Prepend(i.Cells.GetValueOrDefault("deadline")))
            .Where(d => !string.IsNullOrEmpty(d))
            .SelectMany(d => DeadlineParser.Parse([d!]).Terms)
            .SelectMany(Years)
            .ToList();
        string why;
        int from, to;
        if (years.Count > 0)
        {
            (from, to) = (years.Min(), years.Max());
            why = "по годам в сроках мероприятий";
        }
        else if (TitleYears().Match(roadmap.Title + " " + order.Title) is { Success: true } title)
        {
            from = int.Parse(title.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            to = title.Groups["to"].Success ? int.Parse(title.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
            why = "по заголовку";
        }
        else
        {
            from = to = order.Date!.Value.Year;
            why = "по году приказа";
        }

        roadmap.Period = new Period { From = new DateOnly(from, 1, 1), To = new DateOnly(to, 12, 31) };
        roadmap.Guessed("period", $"период в подлиннике не указан; определён {why}: {from}" + (to != from ? $"–{to}" : string.Empty) + " год" + (to != from ? "ы" : string.Empty));
    }

    private static IEnumerable<int> Years(DeadlineTerm term) => term switch
    {
        DateTerm date => [date.Date.Year],
        MonthTerm { Year: { } year } => [year],
        MonthRangeTerm range => Years(range.From).Concat(Years(range.To)),
        QuarterTerm { Year: { } year } => [year],
        YearTerm year => [year.Year],
        BeforeTerm before => Years(before.Limit),
        _ => [],
    };

    [GeneratedRegex(@"на\s+(?<from>20\d\d)(\s*[–—-]\s*(?<to>20\d\d))?\s*(год|гг|г\.)")]
    private static partial Regex TitleYears();
}
