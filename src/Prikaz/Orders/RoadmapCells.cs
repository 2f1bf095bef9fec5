using Prikaz.Deadlines;
using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
using Prikaz.Russian;
using Prikaz.Templating;
using Scriban.Runtime;

namespace Prikaz.Orders;

/// <summary>
/// The cells of one item's row, in column order, with their row spans: an item with a schedule keeps
/// its activity and deadline per schedule row, and every other cell spans the item row and all its
/// schedule rows (the Amur order's seminars by district and month). Each cell, row and item carries the
/// JSON Pointer of its value in the file, so the preview can show the YAML line behind a cell.
/// </summary>
internal sealed class RoadmapCells(Roadmap roadmap, IReadOnlyDictionary<string, Party> parties, AuthorityProfile profile)
{
    private static readonly HashSet<string> PerScheduleRow = new(StringComparer.Ordinal) { "activity", "deadline" };

    private readonly DeadlineStyle deadlineStyle = DeadlineStyles.Of(profile);

    public ScriptObject Build(NumberedItem numbered)
    {
        var item = numbered.Item;
        var columns = roadmap.Columns;
        if (item.Excluded is { } excluded)
        {
            return Excluded(numbered, excluded, columns);
        }

        var span = 1 + item.Schedule.Count;
        var cells = columns
            .Select(column => Cell(Text(column, numbered), PerScheduleRow.Contains(column.Key) ? 1 : span, FieldPointer(numbered.Pointer, column.Key)))
            .ToList();
        var schedule = item.Schedule
            .Select((row, index) =>
            {
                var pointer = JsonPointer.Index(numbered.Pointer + "/schedule", index);
                return new ScriptObject
                {
                    ["pointer"] = pointer,
                    ["cells"] = columns
                        .Where(column => PerScheduleRow.Contains(column.Key))
                        .Select(column => Cell(ScheduleText(column, row), 1, JsonPointer.Property(pointer, column.Key)))
                        .ToList(),
                };
            })
            .ToList();
        return new ScriptObject
        {
            ["number"] = OrderTemplateModel.ItemNumber(numbered.Number, profile),
            ["pointer"] = numbered.Pointer,
            ["cells"] = cells,
            ["schedule"] = schedule,
        };
    }

    /// <summary>
    /// An excluded item in the consolidated edition: its number, then the mark «Исключён. – Приказ от …»
    /// across the other columns (all of them when the number is not the first column), as a legal database prints it.
    /// </summary>
    private ScriptObject Excluded(NumberedItem numbered, Edition excluded, IReadOnlyList<Column> columns)
    {
        var number = OrderTemplateModel.ItemNumber(numbered.Number, profile);
        var mark = OrderTemplateModel.ExcludedMark(excluded, profile);
        var markPointer = JsonPointer.Property(numbered.Pointer, "excluded");
        List<ScriptObject> cells = columns.Count > 1 && columns[0].Key == "number"
            ? [Cell(number, 1, FieldPointer(numbered.Pointer, "number")), Cell(mark, 1, markPointer, columns.Count - 1)]
            : [Cell($"{number} {mark}", 1, markPointer, columns.Count)];
        return new ScriptObject
        {
            ["number"] = number,
            ["pointer"] = numbered.Pointer,
            ["cells"] = cells,
            ["schedule"] = new List<ScriptObject>(),
        };
    }

    /// <summary>The text of <paramref name="column"/> in the item's own row, as printed; empty for a column blank by design.</summary>
    public string Text(Column column, NumberedItem numbered)
    {
        var item = numbered.Item;
        return column.Blank ? string.Empty : column.Key switch
        {
            "number" => OrderTemplateModel.ItemNumber(numbered.Number, profile),
            "activity" => Typography.Apply(item.Activity),
            "deadline" => Deadline(item.Deadline),
            "responsible" => Parties(item.Responsible),
            "result" => Typography.Apply(item.Result ?? string.Empty),
            "targetGroup" => Parties(item.TargetGroup),
            _ => Typography.Apply(item.Custom.GetValueOrDefault(column.Key) ?? string.Empty),
        };
    }

    /// <summary>The text of a per-schedule-row column (activity, deadline) in one schedule row.</summary>
    public string ScheduleText(Column column, ScheduleRow row) =>
        column.Key == "activity" ? Typography.Apply(row.Activity) : Deadline(row.Deadline);

    /// <summary>Every text the column prints, item rows and schedule rows, for fitting its width.</summary>
    public IEnumerable<string> Texts(Column column, IEnumerable<NumberedItem> items) =>
        items.SelectMany(item => item.Item.Schedule
            .Where(_ => PerScheduleRow.Contains(column.Key))
            .Select(row => ScheduleText(column, row))
            .Prepend(Text(column, item)));

    private string Deadline(Deadline? deadline) =>
        deadline is null ? string.Empty : DeadlineFormatter.Format(deadline, deadlineStyle);

    private string Parties(IReadOnlyList<PartyRef> references) =>
        Typography.Apply(string.Join(", ", references.Select(PartyText)));

    private string PartyText(PartyRef party)
    {
        if (party.Text is not null)
        {
            return party.Text;
        }

        var name = party.Party is not null && parties.TryGetValue(party.Party, out var registered)
            ? registered.Name
            : party.Party ?? string.Empty;
        return party.Note is null ? name : $"{name} ({party.Note})";
    }

    // Built-in columns are fields of the item; any other key is a value under its «custom».
    private static string FieldPointer(string item, string key) => key switch
    {
        "number" or "activity" or "deadline" or "responsible" or "result" or "targetGroup" => JsonPointer.Property(item, key),
        _ => JsonPointer.Property(item + "/custom", key),
    };

    private static ScriptObject Cell(string text, int rowSpan, string pointer, int columnSpan = 1) =>
        new() { ["text"] = text, ["row_span"] = rowSpan, ["col_span"] = columnSpan, ["pointer"] = pointer };
}
