using System.Globalization;
using Prikaz.Diagnostics;
using ITextMeasure = Prikaz.Documents.ITextMeasure;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;

namespace Prikaz.Validation;

/// <summary>
/// What every rule sees: the file, its numbering, its roadmaps and tables, what is known about the
/// authority profile, and — for the rules about print — how wide text is in the document's fonts.
/// </summary>
/// <param name="AuthorityProfileExists">Whether <c>templates/authorities/&lt;id&gt;.yaml</c> exists; null when not checked.</param>
/// <param name="Profile">The authority's profile when it loaded; rules that need its layout skip without it.</param>
/// <param name="Measure">Text widths in the document's fonts; rules about what fits skip without it.</param>
internal sealed record RuleContext(
    OrderFile File,
    OrderNumbering OrderNumbering,
    IReadOnlyList<NumberedAppendix> Appendices,
    IReadOnlyList<RoadmapSite> Roadmaps,
    bool? AuthorityProfileExists,
    AuthorityProfile? Profile = null,
    ITextMeasure? Measure = null)
{
    public static RuleContext For(OrderFile file, bool? authorityProfileExists, AuthorityProfile? profile = null, ITextMeasure? measure = null)
    {
        var appendices = AppendixNumbering.Of(file);
        var roadmaps = appendices
            .Where(appendix => appendix.Appendix.Roadmap is not null)
            .Select(appendix => new RoadmapSite(appendix.Appendix.Roadmap!, appendix.RoadmapPointer, RoadmapNumbering.Of(appendix.Appendix.Roadmap!, appendix.RoadmapPointer), appendix))
            .ToList();
        return new RuleContext(file, OrderNumbering.Of(file.Order), appendices, roadmaps, authorityProfileExists, profile, measure);
    }

    /// <summary>
    /// True when the file records its editions: its numbering is signed, so amendments insert
    /// sub-numbers («4.4.1») and excluded units keep their places.
    /// </summary>
    public bool IsSigned => File.Editions.Count > 0;

    /// <summary>Every item of every roadmap, numbered; empty without a roadmap.</summary>
    public IEnumerable<NumberedItem> Items => Roadmaps.SelectMany(roadmap => roadmap.Numbering.AllItems);

    /// <summary>Every section of every roadmap, numbered.</summary>
    public IEnumerable<NumberedSection> Sections => Roadmaps.SelectMany(roadmap => roadmap.Numbering.Sections);

    /// <summary>Every plain table: of the table appendices, then of the points.</summary>
    public IEnumerable<TableSite> Tables()
    {
        foreach (var appendix in Appendices.Where(appendix => appendix.Appendix.Table is not null))
        {
            yield return new TableSite(appendix.Appendix.Table!, appendix.Pointer + "/table", AppendixName(appendix), appendix.Appendix);
        }

        foreach (var point in OrderNumbering.AllPoints.Where(point => point.Point.Table is not null))
        {
            yield return new TableSite(point.Point.Table!, point.Pointer + "/table", "пункта " + point.Number, null);
        }
    }

    /// <summary>«приложения», «приложения № 2»: an appendix named in the genitive.</summary>
    public static string AppendixName(NumberedAppendix appendix) =>
        appendix.IsNumbered ? "приложения № " + appendix.Number.ToString(CultureInfo.InvariantCulture) : "приложения";

    /// <summary>Every deadline of every roadmap: the items' own and their schedule rows', each with its roadmap's period.</summary>
    public IEnumerable<DeadlineSite> Deadlines()
    {
        foreach (var roadmap in Roadmaps)
        {
            var period = roadmap.Roadmap.Period;
            foreach (var item in roadmap.Numbering.AllItems)
            {
                if (item.Item.Deadline is { } deadline)
                {
                    yield return new DeadlineSite(deadline, item.Pointer + "/deadline", item, period);
                }

                for (var row = 0; row < item.Item.Schedule.Count; row++)
                {
                    if (item.Item.Schedule[row].Deadline is { } rowDeadline)
                    {
                        yield return new DeadlineSite(rowDeadline, JsonPointer.Index(item.Pointer + "/schedule", row) + "/deadline", item, period);
                    }
                }
            }
        }
    }

    /// <summary>Every group of siblings that share a numbering: sections, items of a section, points, sub-points.</summary>
    public IEnumerable<NumberedGroup> NumberedGroups()
    {
        foreach (var roadmap in Roadmaps.Select(site => site.Numbering))
        {
            yield return new NumberedGroup(string.Empty, "«дорожной карте»", roadmap.Sections
                .Select(section => new NumberedElement(section.Number, section.IsPinned, section.Pointer, "раздел", "разделу", section.Section.Title)).ToList());
            foreach (var section in roadmap.Sections)
            {
                yield return new NumberedGroup(section.Number + ".", $"разделе {section.Number}", Elements(section.Items));
            }

            yield return new NumberedGroup(string.Empty, "«дорожной карте»", Elements(roadmap.Items));
        }

        foreach (var group in PointGroups(OrderNumbering.Points, string.Empty, "приказе", SubpointNumbering.Nested, null))
        {
            yield return group;
        }
    }

    private static List<NumberedElement> Elements(IEnumerable<NumberedItem> items) =>
        items.Select(item => new NumberedElement(item.Number, item.IsPinned, item.Pointer, "мероприятие", "мероприятию", item.Item.Activity)).ToList();

    private static IEnumerable<NumberedGroup> PointGroups(IReadOnlyList<NumberedPoint> points, string prefix, string parent, SubpointNumbering style, NumberedPoint? owner)
    {
        // Markers «1)», «а)» carry no parent's number: their group has no prefix to sit under.
        var top = owner is null;
        yield return new NumberedGroup(style == SubpointNumbering.Nested ? prefix : string.Empty, parent, points
            .Select(point => new NumberedElement(point.Number, point.IsPinned, point.Pointer, top ? "пункт" : "подпункт", top ? "пункту" : "подпункту", point.Point.Text)).ToList(),
            style, owner);
        foreach (var point in points.Where(point => point.Points.Count > 0))
        {
            foreach (var group in PointGroups(point.Points, point.Number + ".", $"пункте {point.Number}", point.SubpointStyle, point))
            {
                yield return group;
            }
        }
    }
}
