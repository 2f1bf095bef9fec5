using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
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
        order["points"] = OrderNumbering.Of(file.Order).Points.Select(BuildPoint).ToList();
        globals["roadmap"] = file.Roadmap is null ? null : BuildRoadmap(file, profile);
        return globals;
    }

    private static ScriptObject BuildPoint(NumberedPoint point) => new()
    {
        ["number"] = PinnedNumber.Normalize(point.Number) + ".",
        ["text"] = point.Point.Text,
        ["pointer"] = point.Pointer,
        ["points"] = point.Points.Select(BuildPoint).ToList(),
    };

    private static ScriptObject BuildRoadmap(OrderFile file, AuthorityProfile profile)
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
        var sections = numbering.Sections
            .Select(section => new ScriptObject
            {
                ["number"] = ItemNumber(section.Number, profile),
                ["title"] = section.Section.Title,
                ["pointer"] = section.Pointer,
                ["items"] = section.Items.Select(cells.Build).ToList(),
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

    internal static string ItemNumber(string number, AuthorityProfile profile) =>
        PinnedNumber.Normalize(number) + (profile.ItemNumberTrailingDot ? "." : string.Empty);

    private static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(paragraph => paragraph.Replace('\n', ' '))
                .ToList();
}
