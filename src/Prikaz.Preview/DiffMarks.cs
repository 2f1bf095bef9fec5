using Prikaz.Amendments;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Pipeline;

namespace Prikaz.Preview;

/// <summary>
/// The amendments' diff (<see cref="EditionComparer"/>) as marks on the two panes: every point, section
/// and item a change names, found by its number in each edition's own numbering. A unit changed in
/// place is marked in both panes, an excluded one in the earlier (and in the current one when the file
/// keeps it with its exclusion mark), an added one in the current pane.
/// </summary>
internal static class DiffMarks
{
    public static EditionMarks Of(CheckedDocument earlier, CheckedDocument current)
    {
        if (earlier.Loaded.Model is not OrderFile old || current.Loaded.Model is not OrderFile @new)
        {
            return EditionMarks.None;
        }

        var before = Units(old);
        var after = Units(@new);
        var marksBefore = new Dictionary<string, EditionMark>(StringComparer.Ordinal);
        var marksAfter = new Dictionary<string, EditionMark>(StringComparer.Ordinal);
        foreach (var change in EditionComparer.Compare(old, @new).Changes.Changes)
        {
            if (change.Unit is not (ChangeUnit.Point or ChangeUnit.Section or ChangeUnit.Item) || change.Number is null)
            {
                continue;
            }

            var unit = (change.Unit, PinnedNumber.Normalize(change.Number));
            var (earlierMark, currentMark) = change.Op switch
            {
                ChangeOp.Add => ((EditionMark?)null, (EditionMark?)EditionMark.Added),
                ChangeOp.Exclude => (EditionMark.Removed, EditionMark.Removed),
                _ => (EditionMark.Changed, EditionMark.Changed),
            };
            if (earlierMark is { } mark && before.TryGetValue(unit, out var pointer))
            {
                marksBefore[pointer] = mark;
            }

            if (currentMark is { } now && after.TryGetValue(unit, out var placed))
            {
                marksAfter[placed] = now;
            }
        }

        return new EditionMarks(marksBefore, marksAfter);
    }

    // The JSON Pointer of every point, section and item, by its printed number: what the markup's
    // «source» names for the paragraph or table row that shows it.
    private static Dictionary<(ChangeUnit Unit, string Number), string> Units(OrderFile file)
    {
        var units = new Dictionary<(ChangeUnit, string), string>();
        foreach (var point in OrderNumbering.Of(file.Order).AllPoints)
        {
            units.TryAdd((ChangeUnit.Point, point.Number), point.Pointer);
        }

        if (file.Roadmap is { } roadmap)
        {
            var numbering = RoadmapNumbering.Of(roadmap);
            foreach (var section in numbering.Sections)
            {
                units.TryAdd((ChangeUnit.Section, section.Number), section.Pointer);
            }

            foreach (var item in numbering.AllItems)
            {
                units.TryAdd((ChangeUnit.Item, item.Number), item.Pointer);
            }
        }

        return units;
    }
}
