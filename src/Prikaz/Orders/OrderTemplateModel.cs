using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
using Prikaz.Russian;
using Prikaz.Templating;
using Scriban.Runtime;

namespace Prikaz.Orders;

/// <summary>
/// Builds the plain object tree the order templates see (<c>order</c>, <c>authority</c>, <c>layout</c>,
/// <c>roadmap</c>) from a validated order and its authority profile. Everything that needs domain
/// knowledge — numbers, party names, the stamp's words, cell spans — is decided here, so templates
/// only arrange it. Points, sections, items, schedule rows and cells carry the JSON Pointer of what they
/// show in the file (<c>pointer</c>), which the templates pass on as the markup's <c>source</c>.
/// </summary>
internal static class OrderTemplateModel
{
    public static ScriptObject Build(OrderFile file, AuthorityProfile profile)
    {
        var globals = RequisitesModel.Globals(file.Order, profile);
        var order = (ScriptObject)globals["order"]!;
        order["preamble"] = Paragraphs(file.Order.Preamble);
        order["points"] = OrderNumbering.Of(file.Order).Points.Select(point => BuildPoint(point, profile)).ToList();
        globals["roadmap"] = file.Roadmap is null ? null : BuildRoadmap(file, profile);
        return globals;
    }

    // The consolidated edition prints an excluded point as its number and the mark, as a legal database does.
    private static ScriptObject BuildPoint(NumberedPoint point, AuthorityProfile profile) => new()
    {
        ["number"] = PinnedNumber.Normalize(point.Number) + ".",
        ["text"] = point.Point.Excluded is { } excluded ? ExcludedMark(excluded, profile) : point.Point.Text,
        ["pointer"] = point.Pointer,
        ["points"] = point.Point.Excluded is null ? point.Points.Select(sub => BuildPoint(sub, profile)).ToList() : [],
    };

    /// <summary>The roadmap appendix; the consolidated edition of a file with editions, with its excluded units marked.</summary>
    internal static ScriptObject BuildRoadmap(OrderFile file, AuthorityProfile profile)
    {
        var roadmap = file.Roadmap!;
        var numbering = RoadmapNumbering.Of(roadmap);
        var landscape = profile.AppendixOrientation switch
        {
            AppendixOrientation.Landscape => true,
            AppendixOrientation.Portrait => false,
            _ => roadmap.Columns.Count >= 5,
        };
        var widths = ColumnWidths.Fit(roadmap.Columns, profile, landscape);
        var cells = new RoadmapCells(file, profile);

        // Section titles go to the template as written: the template typesets them (ru.typo), once.
        // An excluded section is its row with the mark, without its items.
        var sections = numbering.Sections
            .Select(section => new ScriptObject
            {
                ["number"] = ItemNumber(section.Number, profile),
                ["title"] = section.Section.Excluded is { } excluded ? ExcludedMark(excluded, profile) : section.Section.Title,
                ["pointer"] = section.Pointer,
                ["items"] = section.Section.Excluded is null ? section.Items.Select(cells.Build).ToList() : [],
            })
            .ToList();
        if (numbering.Items.Count > 0)
        {
            sections.Add(new ScriptObject
            {
                ["number"] = string.Empty,
                ["title"] = null,
                ["pointer"] = "/roadmap",
                ["items"] = numbering.Items.Select(cells.Build).ToList(),
            });
        }

        return new ScriptObject
        {
            ["title"] = roadmap.Title,
            ["pointer"] = "/roadmap",
            ["edition_note"] = EditionNote(file.Editions),

            // Only the restated appendix of an amendment order carries the amended order's stamp in quotes.
            ["restated_stamp"] = null,
            ["orientation"] = landscape ? "landscape" : "portrait",
            ["stamp_word"] = roadmap.Approval == ApprovalKind.Stamp
                ? (profile.ApprovalWordCapitals ? "УТВЕРЖДЕНА" : "Утверждена")
                : "Приложение",
            ["stamp_issuer"] = roadmap.Approval == ApprovalKind.Stamp ? profile.ApprovedBy : profile.AppendixTo,
            ["columns"] = roadmap.Columns.Select(c => new ScriptObject { ["key"] = c.Key, ["title"] = c.Title }).ToList(),
            ["widths"] = RequisitesModel.Millimetres([.. widths]),
            ["sections"] = sections,
            ["passport"] = roadmap.Passport is null ? null : PassportRows.Build(roadmap.Passport, widths.Sum()),
        };
    }

    /// <summary>
    /// «(в редакции приказа от 15.10.2020 № 01/2237)», «(в редакции приказов от …, от …)» under the title
    /// of a consolidated edition: the amendment orders after the approving one; null when there are none.
    /// </summary>
    private static string? EditionNote(IReadOnlyList<Edition> editions)
    {
        var amendments = editions.Skip(1).Select(EditionNames.Requisites).ToList();
        return amendments.Count switch
        {
            0 => null,
            1 => Typography.Apply($"(в редакции приказа {amendments[0]})"),
            _ => Typography.Apply($"(в редакции приказов {string.Join(", ", amendments)})"),
        };
    }

    /// <summary>«Исключён. – Приказ от 15.10.2020 № 01/2237», in the profile's words.</summary>
    internal static string ExcludedMark(Edition excluded, AuthorityProfile profile) => Typography.Apply(profile.ExcludedMark
        .Replace("{date}", RussianDates.Numeric(excluded.Date), StringComparison.Ordinal)
        .Replace("{number}", excluded.Number, StringComparison.Ordinal));

    internal static string ItemNumber(string number, AuthorityProfile profile) =>
        PinnedNumber.Normalize(number) + (profile.ItemNumberTrailingDot ? "." : string.Empty);

    internal static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(paragraph => paragraph.Replace('\n', ' '))
                .ToList();
}
