using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation;

/// <summary>What every rule sees: the file, its numbering, and what is known about the authority profile.</summary>
/// <param name="AuthorityProfileExists">Whether <c>templates/authorities/&lt;id&gt;.yaml</c> exists; null when not checked.</param>
internal sealed record RuleContext(OrderFile File, OrderNumbering OrderNumbering, RoadmapNumbering? RoadmapNumbering, bool? AuthorityProfileExists)
{
    public static RuleContext For(OrderFile file, bool? authorityProfileExists) =>
        new(file, OrderNumbering.Of(file.Order), file.Roadmap is { } roadmap ? RoadmapNumbering.Of(roadmap) : null, authorityProfileExists);

    /// <summary>
    /// True when the file records its editions: its numbering is signed, so amendments insert
    /// sub-numbers («4.4.1») and excluded units keep their places.
    /// </summary>
    public bool IsSigned => File.Editions.Count > 0;

    /// <summary>Every item of the roadmap, numbered; empty without a roadmap.</summary>
    public IEnumerable<NumberedItem> Items => RoadmapNumbering?.AllItems ?? [];

    /// <summary>True when the roadmap table has a column with this key.</summary>
    public bool HasColumn(string key) => File.Roadmap?.Columns.Any(column => column.Key == key) ?? false;

    /// <summary>Every deadline of the roadmap: the items' own and their schedule rows'.</summary>
    public IEnumerable<DeadlineSite> Deadlines()
    {
        foreach (var item in Items)
        {
            if (item.Item.Deadline is { } deadline)
            {
                yield return new DeadlineSite(deadline, item.Pointer + "/deadline", item);
            }

            for (var row = 0; row < item.Item.Schedule.Count; row++)
            {
                if (item.Item.Schedule[row].Deadline is { } rowDeadline)
                {
                    yield return new DeadlineSite(rowDeadline, JsonPointer.Index(item.Pointer + "/schedule", row) + "/deadline", item);
                }
            }
        }
    }

    /// <summary>Every group of siblings that share a numbering: sections, items of a section, points, sub-points.</summary>
    public IEnumerable<NumberedGroup> NumberedGroups()
    {
        if (RoadmapNumbering is { } roadmap)
        {
            yield return new NumberedGroup(string.Empty, "«дорожной карте»", roadmap.Sections
                .Select(section => new NumberedElement(section.Number, section.IsPinned, section.Pointer, "раздел", "разделу", section.Section.Title)).ToList());
            foreach (var section in roadmap.Sections)
            {
                yield return new NumberedGroup(section.Number + ".", $"разделе {section.Number}", Elements(section.Items));
            }

            yield return new NumberedGroup(string.Empty, "«дорожной карте»", Elements(roadmap.Items));
        }

        foreach (var group in PointGroups(OrderNumbering.Points, string.Empty, "приказе"))
        {
            yield return group;
        }
    }

    private static List<NumberedElement> Elements(IEnumerable<NumberedItem> items) =>
        items.Select(item => new NumberedElement(item.Number, item.IsPinned, item.Pointer, "мероприятие", "мероприятию", item.Item.Activity)).ToList();

    private static IEnumerable<NumberedGroup> PointGroups(IReadOnlyList<NumberedPoint> points, string prefix, string parent)
    {
        yield return new NumberedGroup(prefix, parent, points
            .Select(point => new NumberedElement(point.Number, point.IsPinned, point.Pointer, prefix.Length == 0 ? "пункт" : "подпункт", prefix.Length == 0 ? "пункту" : "подпункту", point.Point.Text)).ToList());
        foreach (var point in points.Where(point => point.Points.Count > 0))
        {
            foreach (var group in PointGroups(point.Points, point.Number + ".", $"пункте {point.Number}"))
            {
                yield return group;
            }
        }
    }
}
