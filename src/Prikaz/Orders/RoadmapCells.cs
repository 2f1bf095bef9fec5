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
internal sealed class RoadmapCells(OrderFile file, AuthorityProfile profile)
{
    private static readonly HashSet<string> PerScheduleRow = new(StringComparer.Ordinal) { "activity", "deadline" };

    private readonly DeadlineStyle deadlineStyle = DeadlineStyles.Of(profile);

    public ScriptObject Build(NumberedItem numbered)
    {
        var item = numbered.Item;
        var columns = file.Roadmap!.Columns;
        var span = 1 + item.Schedule.Count;
        var cells = columns
            .Select(column => Cell(column.Blank ? string.Empty : Text(column.Key, numbered), PerScheduleRow.Contains(column.Key) ? 1 : span, FieldPointer(numbered.Pointer, column.Key)))
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
                        .Select(column => Cell(column.Key == "activity" ? Typography.Apply(row.Activity) : Deadline(row.Deadline), 1, JsonPointer.Property(pointer, column.Key)))
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

    private string Text(string key, NumberedItem numbered)
    {
        var item = numbered.Item;
        return key switch
        {
            "number" => OrderTemplateModel.ItemNumber(numbered.Number, profile),
            "activity" => Typography.Apply(item.Activity),
            "deadline" => Deadline(item.Deadline),
            "responsible" => Parties(item.Responsible),
            "result" => Typography.Apply(item.Result ?? string.Empty),
            "targetGroup" => Parties(item.TargetGroup),
            _ => Typography.Apply(item.Custom.GetValueOrDefault(key) ?? string.Empty),
        };
    }

    private string Deadline(Deadline? deadline) =>
        deadline is null ? string.Empty : DeadlineFormatter.Format(deadline, deadlineStyle);

    private string Parties(IReadOnlyList<PartyRef> parties) =>
        Typography.Apply(string.Join(", ", parties.Select(PartyText)));

    private string PartyText(PartyRef party)
    {
        if (party.Text is not null)
        {
            return party.Text;
        }

        var name = party.Party is not null && file.Parties.TryGetValue(party.Party, out var registered)
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

    private static ScriptObject Cell(string text, int rowSpan, string pointer) =>
        new() { ["text"] = text, ["row_span"] = rowSpan, ["pointer"] = pointer };
}
