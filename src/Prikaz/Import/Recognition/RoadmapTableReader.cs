using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Deadlines;
using Prikaz.Import.Source;
using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>
/// The roadmap table: its header and column keys, the column-number row, section rows, item rows,
/// rows continued over a page break, hand-repeated header rows, schedule sub-rows, and the fragments
/// a text extraction cuts one table into (with fewer or more columns than the header).
/// </summary>
internal static partial class RoadmapTableReader
{
    private const int HeaderSearchRows = 3;

    /// <summary>The index of the first block that is a table with a roadmap header; -1 when there is none.</summary>
    public static int FindRoadmapTable(IReadOnlyList<SourceBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is SourceTable table && HeaderRow(table) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A text extraction runs the passport and the roadmap table into one run of tab-separated lines: a
    /// table whose roadmap header is not among its first rows is cut in two there, each part as wide as its
    /// widest row.
    /// </summary>
    public static IReadOnlyList<SourceBlock> SplitAtHeader(IReadOnlyList<SourceBlock> blocks)
    {
        var result = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            if (block is SourceTable table && HeaderRow(table) < 0 && HeaderRow(table, table.Rows.Count) is var at && at > 0)
            {
                result.Add(Narrowed(table with { Rows = table.Rows.Take(at).ToList() }));
                result.Add(Narrowed(table with { Rows = table.Rows.Skip(at).ToList(), Where = table.Rows[at].Where }));
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    private static SourceTable Narrowed(SourceTable table)
    {
        var width = table.Rows.Max(r => r.Cells.Select((c, i) => c.Text.Length > 0 || c.CoveredFromLeft || c.MergedWithAbove ? i + 1 : 0).Max());
        return table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Take(width).ToList() }).ToList() };
    }

    public static void Read(IReadOnlyList<SourceTable> tables, DraftOrder order, bool textExtraction)
    {
        var roadmap = order.Roadmap!;
        var first = tables[0];
        var headerAt = HeaderRow(first);
        var header = first.Rows[headerAt];
        var keys = HeaderKeys(header, roadmap);
        roadmap.Recognised("columns", $"шапка таблицы: {string.Join(" | ", roadmap.Columns.Select(c => c.Title))}", header.Where);
        var headerTexts = header.Cells.Select(c => PlainText.Key(c.Text)).ToList();

        var reader = new RowReader(roadmap, keys, textExtraction);
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var rows = t == 0 ? table.Rows.Skip(headerAt + 1) : table.Rows;
            var plan = table.Width == keys.Count ? keys : AlignFragment(table, keys, roadmap);
            foreach (var row in rows)
            {
                if (IsRepeatedHeader(row, headerTexts))
                {
                    roadmap.Recognised("columns", "повторённая вручную строка шапки отброшена", row.Where);
                    continue;
                }

                if (row.Cells.All(c => PlainText.Clean(c.Text).Length == 0))
                {
                    continue;
                }

                reader.Add(row, plan);
            }
        }

        reader.Finish();
        if (!roadmap.AllItems.Any())
        {
            throw new ImportException("в таблице «дорожной карты» не найдено ни одного мероприятия", isUsageProblem: false);
        }
    }

    /// <summary>The header row: the first of the first rows whose cells name at least three known columns, one of them the activity.</summary>
    private static int HeaderRow(SourceTable table, int searched = HeaderSearchRows)
    {
        for (var r = 0; r < Math.Min(searched, table.Rows.Count); r++)
        {
            var keys = table.Rows[r].Starting.Select(c => ColumnKeys.BuiltIn(c.Text)).Where(k => k is not null).ToList();
            if (keys.Count >= 3 && keys.Contains("activity") && keys.Distinct().Count() == keys.Count)
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>The key of every grid column; a header cell spanning several grid columns gives its key to each.</summary>
    private static List<string> HeaderKeys(SourceRow header, DraftRoadmap roadmap)
    {
        var keys = new List<string>();
        string? last = null;
        foreach (var cell in header.Cells)
        {
            if (cell.CoveredFromLeft && last is not null)
            {
                keys.Add(last);
                continue;
            }

            var title = PlainText.OneLine(cell.Text);
            var key = ColumnKeys.BuiltIn(title) is { } builtIn && roadmap.Columns.All(c => c.Key != builtIn)
                ? builtIn
                : ColumnKeys.Custom(title, roadmap.Columns.Select(c => c.Key));
            if (key == "notes")
            {
                key = ColumnKeys.Custom(title, roadmap.Columns.Select(c => c.Key));
                roadmap.Guessed("columns", $"столбец «{title}» записан как собственный столбец {key}");
            }
            else if (!Column.BuiltInKeys.Contains(key))
            {
                roadmap.Guessed("columns", $"столбец «{title}» не из стандартных: записан как собственный столбец {key}");
            }

            roadmap.Columns.Add(new Column { Key = key, Title = title });
            keys.Add(key);
            last = key;
        }

        return keys;
    }

    private static bool IsRepeatedHeader(SourceRow row, IReadOnlyList<string> headerTexts)
    {
        var texts = row.Cells.Select(c => PlainText.Key(c.Text)).ToList();
        return texts.Count == headerTexts.Count && texts.SequenceEqual(headerTexts) && texts.Any(t => t.Length > 0);
    }

    /// <summary>
    /// A fragment with another number of columns than the header (a PDF extraction that split one column
    /// in two): the deadline column is found by content, the columns before it (after the number) are the
    /// activity's, the ones after it take the header's remaining keys, the last key taking what is left.
    /// </summary>
    private static List<string> AlignFragment(SourceTable table, IReadOnlyList<string> keys, DraftRoadmap roadmap)
    {
        var width = table.Width;
        var deadlineKey = keys.ToList().IndexOf("deadline");
        var scores = Enumerable.Range(0, width).Select(col => table.Rows
                .Select(r => col < r.Cells.Count ? PlainText.OneLine(r.Cells[col].Text) : string.Empty)
                .Where(t => t.Length > 0)
                .DefaultIfEmpty(string.Empty)
                .Average(t => t.Length > 0 && !DeadlineParser.Parse([t]).IsFreeText ? 1.0 : 0.0))
            .ToList();
        var deadlineColumn = scores.IndexOf(scores.Max());
        if (deadlineKey < 0 || scores[deadlineColumn] < 0.5 || width < keys.Count)
        {
            var padded = keys.Take(width).ToList();
            while (padded.Count < width)
            {
                padded.Add(keys[^1]);
            }

            return padded;
        }

        var plan = new List<string>();
        for (var col = 0; col < width; col++)
        {
            if (col < deadlineColumn)
            {
                plan.Add(col == 0 && keys[0] == "number" ? "number" : "activity");
            }
            else if (col == deadlineColumn)
            {
                plan.Add("deadline");
            }
            else
            {
                var index = deadlineKey + (col - deadlineColumn);
                plan.Add(keys[Math.Min(index, keys.Count - 1)]);
            }
        }

        roadmap.Guessed("columns", $"фрагмент таблицы из {width} столбцов вместо {keys.Count} ({table.Where}): столбцы сопоставлены по содержимому — {string.Join(", ", plan)}");
        return plan;
    }

    /// <summary>A section or item number at the start of a cell: «1.», «1.1.», «1.1», «5».</summary>
    public static Match LeadingNumber(string text) => LeadingNumberPattern().Match(text);

    [GeneratedRegex(@"^(?<n>\d{1,2}(\.\d{1,2})*)(?<dot>\.?)(\s+(?<rest>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex LeadingNumberPattern();

    /// <summary>True when <paramref name="text"/> is a number alone: «1.», «1.1», «12».</summary>
    public static bool IsNumber(string text) => LeadingNumber(text) is { Success: true } m && m.Groups["rest"].Length == 0;

    public static int Depth(string number) => number.TrimEnd('.').Split('.').Length;

    public static string Canonical(string number) => number.Trim().TrimEnd('.');

    internal static string Ordinal(int value) => value.ToString(CultureInfo.InvariantCulture);
}
