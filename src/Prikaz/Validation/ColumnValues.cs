using Prikaz.Model;

namespace Prikaz.Validation;

/// <summary>Which item field fills which table column, so rules can tell filled cells from empty ones.</summary>
internal static class ColumnValues
{
    /// <summary>
    /// Column keys backed by a field of <see cref="Item"/> rather than by <see cref="Item.Custom"/>.
    /// «notes» is read from <see cref="Item.Notes"/> although <see cref="Column.BuiltInKeys"/> does not list it.
    /// </summary>
    public static readonly IReadOnlyList<string> FieldKeys = ["deadline", "responsible", "result", "targetGroup", "notes"];

    public static bool IsCustom(string key) => !Column.BuiltInKeys.Contains(key) && key != "notes";

    /// <summary>True when <paramref name="item"/> has something to print in the column <paramref name="key"/>.</summary>
    public static bool HasValue(Item item, string key) => key switch
    {
        "number" or "activity" => true,
        "deadline" => !string.IsNullOrWhiteSpace(item.Deadline?.Source) || item.Schedule.Any(row => !string.IsNullOrWhiteSpace(row.Deadline?.Source)),
        "responsible" => item.Responsible.Count > 0,
        "result" => !string.IsNullOrWhiteSpace(item.Result),
        "targetGroup" => item.TargetGroup.Count > 0,
        "notes" => !string.IsNullOrWhiteSpace(item.Notes) || HasCustom(item, key),
        _ => HasCustom(item, key),
    };

    private static bool HasCustom(Item item, string key) =>
        item.Custom.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value);
}
