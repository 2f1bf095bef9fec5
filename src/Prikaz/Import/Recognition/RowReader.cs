using System.Text.RegularExpressions;
using Prikaz.Deadlines;
using Prikaz.Import.Source;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Reads the body rows of the roadmap table into sections and items. Rows are collected first, so the
/// whole table is known when a row is classified (a table with only «1», «2», … numbers has no sections).
/// </summary>
internal sealed partial class RowReader(DraftRoadmap roadmap, IReadOnlyList<string> keys, bool textExtraction)
{
    /// <summary>
    /// The first printed line of a column in the PDF extractions the seeds came from holds about this many
    /// characters; used only to put back a middle line that an extraction moved into a column of its own.
    /// </summary>
    private const int FirstLineWidth = 30;

    private readonly List<MappedRow> rows = [];

    public void Add(SourceRow row, IReadOnlyList<string> plan) => rows.Add(Map(row, plan));

    public void Finish()
    {
        var multiLevel = rows.Any(r => r.Number.Length > 0 && RoadmapTableReader.Depth(r.Number) > 1);
        DraftSection? section = null;
        DraftItem? item = null;
        var lastWasSchedule = false;
        foreach (var row in rows)
        {
            if (row.IsColumnNumbers)
            {
                roadmap.Recognised("columns", "строка с номерами столбцов (1, 2, 3 …) пропущена", row.Where);
                continue;
            }

            var content = row.ContentKeys;
            if (IsSection(row, content, multiLevel))
            {
                section = new DraftSection { Title = PlainText.OneLine(row.Text("activity")), SignedNumber = NullIfEmpty(row.Number) };
                section.Recognised("title", "раздел таблицы", row.Where);
                roadmap.Sections.Add(section);
                item = null;
                continue;
            }

            if (item is not null && row.NumberMerged && content.Contains("activity") && content.All(k => k is "activity" or "deadline"))
            {
                var entry = new DraftScheduleRow { Activity = row.Text("activity"), Deadline = NullIfEmpty(row.Text("deadline")) };
                item.Schedule.Add(entry);
                lastWasSchedule = true;
                continue;
            }

            if (item is not null && row.Number.Length == 0 && !lastWasSchedule)
            {
                Continue(item, row);
                continue;
            }

            var above = item;
            item = new DraftItem { Where = row.Where, SignedNumber = NullIfEmpty(row.Number) };
            foreach (var key in content)
            {
                item.Cells[key] = row.Text(key);
            }

            // A cell merged down over several items (w:vMerge) belongs to each of them.
            foreach (var key in row.Merged.Where(k => k != "number" && !item.Cells.ContainsKey(k)))
            {
                if (above?.Cells.GetValueOrDefault(key) is { Length: > 0 } shared)
                {
                    item.Cells[key] = shared;
                    item.Guessed(key, "ячейка объединена по вертикали с ячейкой мероприятия выше: её текст отнесён и к этому мероприятию", row.Where);
                }
            }

            foreach (var note in row.Notes)
            {
                item.Guessed(null, note, row.Where);
            }

            lastWasSchedule = false;
            if (section is null && multiLevel && roadmap.Sections.Count == 0 && roadmap.Items.Count == 0)
            {
                item.NeedsReview(null, "мероприятие стоит до первого раздела таблицы");
            }

            (section?.Items ?? roadmap.Items).Add(item);
        }

        if (roadmap.Sections.Count > 0 && roadmap.Items.Count > 0)
        {
            // Items before the first section row go into it: the model has either sections or items.
            var first = roadmap.Sections[0];
            first.Items.InsertRange(0, roadmap.Items);
            roadmap.Items.Clear();
        }

        foreach (var items in roadmap.Sections.Select(s => s.Items).Append(roadmap.Items))
        {
            ScheduleFromRows(items);
        }

        MoveMisplacedItems();
        var numbers = roadmap.AllItems.Select(i => i.SignedNumber).Where(n => n is not null && RoadmapTableReader.Depth(n) > 1).ToList();
        roadmap.NumbersWithoutDot = numbers.Count > 0 && numbers.Count(n => !n!.EndsWith('.')) * 2 > numbers.Count;
        foreach (var draft in roadmap.AllItems.Where(i => i.Cell("activity").Length == 0))
        {
            draft.Cells["activity"] = "(наименование не указано)";
            draft.NeedsReview("activity", "в строке таблицы нет наименования мероприятия", draft.Where);
        }
    }

    private static bool IsSection(MappedRow row, IReadOnlyList<string> content, bool multiLevel)
    {
        if (row.Spanning && content.Count == 1)
        {
            return true;
        }

        if (content.Count != 1 || content[0] != "activity")
        {
            return false;
        }

        return row.Number.Length == 0 ? row.Bold : !multiLevel || RoadmapTableReader.Depth(row.Number) == 1;
    }

    /// <summary>A row without a number continues the item above it (a cell broken over a page).</summary>
    private void Continue(DraftItem item, MappedRow row)
    {
        foreach (var key in row.ContentKeys)
        {
            var text = row.Text(key);
            var before = item.Cell(key);
            if (key == "deadline" && before.Length > 0 && !DeadlineParser.Parse([before]).IsFreeText &&
                DeadlineParser.Parse([before + " " + text]).IsFreeText)
            {
                // «постоянно» above, a stray «общего» below it: the word belongs to another cell.
                item.Cells["activity"] = item.Cell("activity") + " " + text;
                item.NeedsReview("activity", $"слово «{text}» стояло в столбце срока на продолжении строки (разрыв страницы): добавлено в конец наименования — поставьте его на место", row.Where);
                continue;
            }

            item.Cells[key] = before.Length == 0 ? text : before + " " + text;
        }

        item.Guessed(null, "строка без номера (перенос ячеек на следующую страницу) присоединена к мероприятию выше", row.Where);
    }

    /// <summary>
    /// Rows the original numbered as items but that name only a place and a month, right after an item
    /// without a deadline of its own (Амур: 2.3, then 2.4–2.7 by district): that item's schedule.
    /// </summary>
    private static void ScheduleFromRows(List<DraftItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var owner = items[i];
            if (owner.Cell("deadline").Length > 0 || owner.Schedule.Count > 0)
            {
                continue;
            }

            var count = 0;
            while (i + 1 + count < items.Count && IsScheduleLike(items[i + 1 + count]))
            {
                count++;
            }

            if (count < 2)
            {
                continue;
            }

            var taken = items.GetRange(i + 1, count);
            foreach (var row in taken)
            {
                owner.Schedule.Add(new DraftScheduleRow { Activity = row.Cell("activity"), Deadline = row.Cell("deadline") });
                if (row.Cell("responsible") is { Length: > 0 } stray)
                {
                    owner.Guessed("schedule", $"в строке {row.SignedNumber} в столбце ответственных стоит «{stray}» — повтор срока, отброшен", row.Where);
                }
            }

            owner.Guessed("schedule",
                $"строки {taken[0].SignedNumber}–{taken[^1].SignedNumber} (только место и срок) прочитаны как график мероприятия {owner.SignedNumber}; " +
                "их номера в подлиннике не сохраняются", taken[0].Where);
            items.RemoveRange(i + 1, count);
        }
    }

    private static bool IsScheduleLike(DraftItem item)
    {
        var responsible = item.Cell("responsible");
        return item.Schedule.Count == 0 && item.Cell("deadline").Length > 0 && item.Cell("result").Length == 0 &&
               item.Cell("activity").Length is > 0 and <= 80 &&
               (responsible.Length == 0 || !DeadlineParser.Parse([responsible]).IsFreeText) &&
               item.Cells.Keys.All(k => k is "activity" or "deadline" or "responsible");
    }

    /// <summary>An item printed just above the heading of the section its number belongs to (Амур: 5.1 above «5. …»).</summary>
    private void MoveMisplacedItems()
    {
        for (var s = 0; s + 1 < roadmap.Sections.Count; s++)
        {
            var next = roadmap.Sections[s + 1];
            if (next.SignedNumber is null)
            {
                continue;
            }

            var prefix = RoadmapTableReader.Canonical(next.SignedNumber) + ".";
            var items = roadmap.Sections[s].Items;
            var moved = 0;
            while (items.Count > moved && items[^(moved + 1)].SignedNumber is { } number && number.StartsWith(prefix, StringComparison.Ordinal))
            {
                moved++;
            }

            if (moved == 0 || moved == items.Count)
            {
                continue;
            }

            var tail = items.GetRange(items.Count - moved, moved);
            items.RemoveRange(items.Count - moved, moved);
            next.Items.InsertRange(0, tail);
            foreach (var item in tail)
            {
                item.Guessed(null, $"мероприятие {item.SignedNumber} напечатано над заголовком своего раздела {next.SignedNumber}: перенесено в этот раздел", item.Where);
            }
        }
    }

    private MappedRow Map(SourceRow row, IReadOnlyList<string> plan)
    {
        var cells = row.Cells.ToList();
        var notes = new List<string>();
        var numberColumn = plan.Count > 0 && plan[0] == "number";
        if (numberColumn && cells.Count > 0 && RoadmapTableReader.LeadingNumber(PlainText.OneLine(cells[0].Text)) is { Success: true } lead && lead.Groups["rest"].Length > 0)
        {
            // «3.3. Проведение …» in one cell: the number and the activity were printed together.
            var number = new SourceCell(lead.Groups["n"].Value + lead.Groups["dot"].Value) { Bold = cells[0].Bold };
            var rest = new SourceCell(lead.Groups["rest"].Value) { Bold = cells[0].Bold };
            var starting = cells.Count(c => !c.CoveredFromLeft);
            if (cells.Count > 1 && PlainText.Clean(cells[1].Text).Length == 0 && !cells[1].CoveredFromLeft)
            {
                cells[0] = number;
                cells[1] = rest;
            }
            else if (starting < plan.Count || PlainText.Clean(cells[^1].Text).Length == 0)
            {
                // One cell fewer than the header (the last one padded empty): the cells shift right.
                cells.Insert(1, rest);
                cells[0] = number;
                if (cells.Count > plan.Count && PlainText.Clean(cells[^1].Text).Length == 0)
                {
                    cells.RemoveAt(cells.Count - 1);
                }
            }
        }

        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var merged = new List<string>();
        var spanning = false;
        for (var c = 0; c < cells.Count; c++)
        {
            var key = c < plan.Count ? plan[c] : plan[^1];
            var cell = cells[c];
            if (cell.MergedWithAbove)
            {
                if (!merged.Contains(key))
                {
                    merged.Add(key);
                }

                continue;
            }

            if (cell.CoveredFromLeft)
            {
                continue;
            }

            if (cell.Span >= Math.Max(2, plan.Count - 2) && key != "number")
            {
                spanning = true;
            }

            var text = PlainText.Clean(cell.Text);
            if (text.Length > 0)
            {
                (values.TryGetValue(key, out var list) ? list : values[key] = []).Add(text);
            }
        }

        var combined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, texts) in values)
        {
            combined[key] = texts.Count == 1 ? texts[0] : Combine(key, texts, notes);
        }

        var numberText = combined.Remove("number", out var n) ? PlainText.OneLine(n) : string.Empty;
        if (numberText.Length > 0 && !RoadmapTableReader.IsNumber(numberText))
        {
            // Not a number after all: keep the text in the activity.
            combined["activity"] = numberText + (combined.TryGetValue("activity", out var a) ? " " + a : string.Empty);
            numberText = string.Empty;
        }

        if (textExtraction && combined.TryGetValue("activity", out var activity) && !activity.Contains('\n') && InCellList(activity) is { } lines)
        {
            combined["activity"] = lines;
        }

        var bold = cells.Where(c => !c.CoveredFromLeft && c.Text.Length > 0).DefaultIfEmpty(SourceCell.Empty).All(c => c.Bold);
        var isColumnNumbers = IsColumnNumbers(row);
        return new MappedRow(row.Where, numberText, combined, merged, spanning, bold, isColumnNumbers, notes, keys);
    }

    private static bool IsColumnNumbers(SourceRow row)
    {
        var texts = row.Starting.Select(c => PlainText.OneLine(c.Text)).Where(t => t.Length > 0).ToList();
        return texts.Count >= 3 && texts.Select((t, i) => t == RoadmapTableReader.Ordinal(i + 1)).All(x => x);
    }

    private static string Combine(string key, List<string> texts, List<string> notes)
    {
        if (key is "responsible" or "targetGroup")
        {
            return string.Join('\n', texts);
        }

        if (key == "activity" && texts.Count == 2)
        {
            notes.Add($"текст мероприятия стоял в двух столбцах («{texts[1]}» отдельно): вставлен после первой строки первого столбца (около {FirstLineWidth} знаков), как в печатном подлиннике");
            return Interleave(texts[0], texts[1]);
        }

        return string.Join(' ', texts);
    }

    /// <summary>Puts <paramref name="middle"/> after the first printed line of <paramref name="text"/>.</summary>
    private static string Interleave(string text, string middle)
    {
        if (middle.Length > 1 && char.IsUpper(middle[0]) && char.IsLower(middle[1]))
        {
            middle = char.ToLowerInvariant(middle[0]) + middle[1..];
        }

        var words = text.Split(' ');
        var length = words[0].Length;
        var taken = 1;
        while (taken < words.Length && length + 1 + words[taken].Length <= FirstLineWidth)
        {
            length += 1 + words[taken].Length;
            taken++;
        }

        return string.Join(' ', words.Take(taken).Append(middle).Concat(words.Skip(taken)));
    }

    /// <summary>«… сведений: 1) адрес; 2) данные» or «…: – контингент; – результаты» run into one line: one entry a line.</summary>
    private static string? InCellList(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var tail = text[(colon + 1)..];
        var numbered = NumberedEntry().Matches(tail);
        if (numbered.Count >= 2)
        {
            return NumberedEntry().Replace(text, m => m.Index > colon ? "\n" + m.Groups["m"].Value : m.Value);
        }

        var dashed = DashedEntry().Matches(tail);
        if (dashed.Count >= 2)
        {
            return DashedEntry().Replace(text, m => m.Index > colon ? "\n" + m.Groups["m"].Value : m.Value);
        }

        return null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    [GeneratedRegex(@"\s+(?<m>\d{1,2}\)\s)")]
    private static partial Regex NumberedEntry();

    [GeneratedRegex(@"\s+(?<m>[–—-]\s)")]
    private static partial Regex DashedEntry();

    private sealed record MappedRow(
        string Where, string Number, Dictionary<string, string> Values, IReadOnlyList<string> Merged, bool Spanning, bool Bold,
        bool IsColumnNumbers, List<string> Notes, IReadOnlyList<string> Keys)
    {
        public bool NumberMerged => Merged.Contains("number");

        /// <summary>The keys with text, in the table's column order.</summary>
        public IReadOnlyList<string> ContentKeys => Keys.Distinct().Where(Values.ContainsKey).ToList();

        public string Text(string key) => Values.GetValueOrDefault(key) ?? string.Empty;
    }
}
