using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Russian;

namespace Prikaz.Execution.Progress;

/// <summary>A reporting period named as in a progress file's name: <c>2020-q3</c>, <c>2020-h1</c>, <c>2020-09</c>, <c>2020</c>.</summary>
public sealed partial record ReportPeriod(string Name, DateOnly From, DateOnly To, string Title)
{
    /// <summary>The period a name stands for, or null when it is not one of the four forms.</summary>
    public static ReportPeriod? Parse(string name)
    {
        var match = Pattern().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var y = year.ToString(CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            var quarter = match.Groups["quarter"].Value[0] - '0';
            var from = new DateOnly(year, (quarter * 3) - 2, 1);
            return new ReportPeriod(name, from, from.AddMonths(3).AddDays(-1), $"{RussianMonths.QuarterNumeral(quarter)} квартал {y} года");
        }

        if (match.Groups["half"].Success)
        {
            var half = match.Groups["half"].Value[0] - '0';
            var from = new DateOnly(year, half == 1 ? 1 : 7, 1);
            return new ReportPeriod(name, from, from.AddMonths(6).AddDays(-1), $"{(half == 1 ? "I" : "II")} полугодие {y} года");
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, month, 1);
            return new ReportPeriod(name, from, from.AddMonths(1).AddDays(-1), $"{RussianMonths.Nominative(month)} {y} года");
        }

        return new ReportPeriod(name, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{y} год");
    }

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    [GeneratedRegex(@"^(?<year>(19|20|21)\d{2})(-(q(?<quarter>[1-4])|h(?<half>[12])|(?<month>0[1-9]|1[0-2])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
