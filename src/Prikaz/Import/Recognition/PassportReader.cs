using System.Text.RegularExpressions;
using Prikaz.Import.Source;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>The passport: a two-column table whose left column names relevance, goal, tasks and results.</summary>
internal static partial class PassportReader
{
    public static Passport? TryRead(SourceTable table)
    {
        if (table.Width != 2 || table.Rows.Count == 0)
        {
            return null;
        }

        List<string> relevance = [], tasks = [], results = [];
        string? goal = null;
        var known = 0;
        foreach (var row in table.Rows)
        {
            var label = PlainText.LettersOnly(row.Cells[0].Text);
            var value = PlainText.Clean(row.Cells[1].Text);
            switch (label)
            {
                case "актуальность" or "обоснование" or "актуальностьдорожнойкарты":
                    relevance.AddRange(Paragraphs(value));
                    known++;
                    break;
                case "цель" or "цели":
                    goal = PlainText.OneLine(value);
                    known++;
                    break;
                case "задачи":
                    tasks.AddRange(Entries(value));
                    known++;
                    break;
                case "ожидаемыерезультаты" or "результаты" or "планируемыерезультаты":
                    results.AddRange(Entries(value));
                    known++;
                    break;
            }
        }

        return known >= 2 ? new Passport { Relevance = relevance, Goal = goal, Tasks = tasks, Results = results } : null;
    }

    private static IEnumerable<string> Paragraphs(string value) =>
        value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>List entries: one a line, or «- a;- b;» run together; the dash is the template's, the «;» the author's.</summary>
    private static IEnumerable<string> Entries(string value) =>
        value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => DashSplit().Split(line))
            .Select(entry => LeadingDash().Replace(entry.Trim(), string.Empty).Trim())
            .Where(entry => entry.Length > 0);

    [GeneratedRegex(@"(?:(?<=[;.])|^)\s*(?=[-–—•]\s)")]
    private static partial Regex DashSplit();

    [GeneratedRegex(@"^[-–—•]\s*")]
    private static partial Regex LeadingDash();
}
