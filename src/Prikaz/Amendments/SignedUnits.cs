using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Amendments;

/// <summary>
/// The numbered units of one edition, found by the numbers an amendment cites: items with their
/// section, sections, points of the order with their parent point.
/// </summary>
internal sealed class SignedUnits
{
    private readonly Dictionary<string, NumberedItem> items = new(StringComparer.Ordinal);
    private readonly Dictionary<NumberedItem, NumberedSection?> sectionOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, NumberedSection> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NumberedPoint> points = new(StringComparer.Ordinal);
    private readonly Dictionary<NumberedPoint, NumberedPoint?> parentOf = new(ReferenceEqualityComparer.Instance);

    public SignedUnits(OrderFile file)
    {
        Order = OrderNumbering.Of(file.Order);
        Roadmap = file.Roadmap is null ? null : RoadmapNumbering.Of(file.Roadmap);
        foreach (var section in Roadmap?.Sections ?? [])
        {
            // A duplicate number (reported by PRK001) keeps its first unit: the one a reader finds first.
            sections.TryAdd(section.Number, section);
            foreach (var item in section.Items)
            {
                items.TryAdd(item.Number, item);
                sectionOf[item] = section;
            }
        }

        foreach (var item in Roadmap?.Items ?? [])
        {
            items.TryAdd(item.Number, item);
            sectionOf[item] = null;
        }

        AddPoints(Order.Points, null);
    }

    public OrderNumbering Order { get; }

    public RoadmapNumbering? Roadmap { get; }

    public NumberedItem? Item(string number) => items.GetValueOrDefault(number);

    public NumberedSection? SectionOf(NumberedItem item) => sectionOf.GetValueOrDefault(item);

    public NumberedSection? Section(string number) => sections.GetValueOrDefault(number);

    public NumberedPoint? Point(string number) => points.GetValueOrDefault(number);

    public NumberedPoint? ParentOf(NumberedPoint point) => parentOf.GetValueOrDefault(point);

    /// <summary>The items of a section (or, for null, those without sections) in reading order.</summary>
    public IReadOnlyList<NumberedItem> ItemsOf(NumberedSection? section) => section?.Items ?? Roadmap?.Items ?? [];

    private void AddPoints(IReadOnlyList<NumberedPoint> group, NumberedPoint? parent)
    {
        foreach (var point in group)
        {
            points.TryAdd(point.Number, point);
            parentOf[point] = parent;
            AddPoints(point.Points, point);
        }
    }
}
