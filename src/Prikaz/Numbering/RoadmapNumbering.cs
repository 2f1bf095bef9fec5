using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The numbers of a roadmap's sections and items, derived from structure (sections «1», «2», items
/// «1.1», «1.2»; items without sections «1», «2» …) unless the author pinned them. Templates print
/// these numbers and the rules check them, so both always agree. A pinned sub-number («4.4.1», an item
/// an amendment inserted between 4.4 and 4.5) takes no place, so the items after it keep their numbers.
/// Schedule rows are sub-rows of their item and get no number.
/// </summary>
public sealed record RoadmapNumbering(IReadOnlyList<NumberedSection> Sections, IReadOnlyList<NumberedItem> Items)
{
    /// <summary>Every item: those of the sections in order, then those given without sections.</summary>
    public IEnumerable<NumberedItem> AllItems => Sections.SelectMany(section => section.Items).Concat(Items);

    /// <summary>Numbers <paramref name="roadmap"/>, which stands at <paramref name="pointer"/> in its file (<c>/appendices/1/roadmap</c> for an appendix).</summary>
    public static RoadmapNumbering Of(Roadmap roadmap, string pointer = "/roadmap")
    {
        var sections = new List<NumberedSection>(roadmap.Sections.Count);
        var place = 0;
        for (var i = 0; i < roadmap.Sections.Count; i++)
        {
            var section = roadmap.Sections[i];
            var pinned = section.Number is { } given ? PinnedNumber.Normalize(given) : null;
            if (pinned is null || !PinnedNumber.IsSubNumber(pinned, string.Empty))
            {
                place++;
            }

            var sectionPointer = Invariant($"{pointer}/sections/{i}");
            var number = pinned ?? Invariant($"{place}");
            sections.Add(new NumberedSection(section, number, sectionPointer, NumberItems(section.Items, number + ".", sectionPointer)));
        }

        return new RoadmapNumbering(sections, NumberItems(roadmap.Items, string.Empty, pointer));
    }

    private static List<NumberedItem> NumberItems(IReadOnlyList<Item> items, string prefix, string parentPointer)
    {
        var numbered = new List<NumberedItem>(items.Count);
        var place = 0;
        for (var j = 0; j < items.Count; j++)
        {
            var pinned = items[j].Number is { } number ? PinnedNumber.Normalize(number) : null;
            if (pinned is null || !PinnedNumber.IsSubNumber(pinned, prefix))
            {
                place++;
            }

            numbered.Add(new NumberedItem(items[j], pinned ?? Invariant($"{prefix}{place}"), Invariant($"{parentPointer}/items/{j}")));
        }

        return numbered;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
