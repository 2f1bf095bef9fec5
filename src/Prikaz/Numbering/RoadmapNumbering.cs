using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The numbers of a roadmap's sections and items, derived from structure (sections «1», «2», items
/// «1.1», «1.2»; items without sections «1», «2» …) unless the author pinned them. Templates print
/// these numbers and the rules check them, so both always agree. Schedule rows are sub-rows of their
/// item and get no number.
/// </summary>
public sealed record RoadmapNumbering(IReadOnlyList<NumberedSection> Sections, IReadOnlyList<NumberedItem> Items)
{
    /// <summary>Every item: those of the sections in order, then those given without sections.</summary>
    public IEnumerable<NumberedItem> AllItems => Sections.SelectMany(section => section.Items).Concat(Items);

    /// <summary>Numbers <paramref name="roadmap"/>.</summary>
    public static RoadmapNumbering Of(Roadmap roadmap)
    {
        var sections = roadmap.Sections.Select((section, i) =>
        {
            var pointer = Invariant($"/roadmap/sections/{i}");
            var number = section.Number is { } pinned ? PinnedNumber.Normalize(pinned) : Invariant($"{i + 1}");
            return new NumberedSection(section, number, pointer, NumberItems(section.Items, number + ".", pointer));
        }).ToList();
        return new RoadmapNumbering(sections, NumberItems(roadmap.Items, string.Empty, "/roadmap"));
    }

    private static List<NumberedItem> NumberItems(IReadOnlyList<Item> items, string prefix, string parentPointer) =>
        items.Select((item, j) => new NumberedItem(
            item,
            item.Number is { } pinned ? PinnedNumber.Normalize(pinned) : Invariant($"{prefix}{j + 1}"),
            Invariant($"{parentPointer}/items/{j}"))).ToList();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
