using System.Globalization;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
using Prikaz.Russian;
using Scriban.Runtime;

namespace Prikaz.Templating;

/// <summary>
/// Builds the plain object tree templates see (<c>order</c>, <c>authority</c>, <c>layout</c>,
/// <c>roadmap</c>) from a validated order and its authority profile. Everything that needs domain
/// knowledge — numbers, party names, the stamp's words, cell spans — is decided here, so templates
/// only arrange it.
/// </summary>
internal static class TemplateModel
{
    public static ScriptObject Build(OrderFile file, AuthorityProfile profile)
    {
        var globals = new ScriptObject
        {
            ["order"] = BuildOrder(file.Order, profile),
            ["authority"] = BuildAuthority(profile),
            ["layout"] = BuildLayout(profile),
            ["roadmap"] = file.Roadmap is null ? null : BuildRoadmap(file, profile),
        };
        return globals;
    }

    private static ScriptObject BuildOrder(Order order, AuthorityProfile profile)
    {
        var signatory = order.Signatory ?? profile.Signatory;
        var decree = order.Kind == OrderKind.Order ? "приказываю:" : "предлагаю:";
        return new ScriptObject
        {
            ["kind_word"] = order.Kind == OrderKind.Order ? "ПРИКАЗ" : "РАСПОРЯЖЕНИЕ",
            ["date"] = order.Date,
            ["date_iso"] = order.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_text"] = OrderDates.Format(order.Date, profile),
            ["number"] = order.Number,
            ["title"] = order.Title,
            ["subject"] = "Приказ от " + RussianDates.Numeric(order.Date) + " № " + order.Number,
            ["preamble"] = Paragraphs(order.Preamble),
            ["decree_text"] = profile.DecreeCapitals ? decree.ToUpperInvariant() : decree,
            ["points"] = OrderNumbering.Of(order).Points.Select(BuildPoint).ToList(),
            ["signatory"] = signatory is null ? null : new ScriptObject
            {
                ["position"] = signatory.Position.ToList(),
                ["name"] = signatory.Name,
            },
            ["esign"] = order.ElectronicSignature is not { } esign ? null : new ScriptObject
            {
                ["certificate"] = esign.Certificate,
                ["owner"] = esign.Owner,
                ["valid_from"] = RussianDates.Numeric(esign.ValidFrom),
                ["valid_to"] = RussianDates.Numeric(esign.ValidTo),
            },
            ["executor"] = order.Executor is not { } executor ? null : new ScriptObject
            {
                ["name"] = executor.Name,
                ["phone"] = executor.Phone,
                ["position"] = executor.Position,
                ["email"] = executor.Email,
            },
            ["distribution"] = order.Distribution.ToList(),
            ["qr_content"] = QrContent(order, profile),
        };
    }

    /// <summary>
    /// The QR requisite exists from the 2025 edition of ГОСТ Р 7.0.97 on; the profile's content may name
    /// the order with {number} and {date} (ГГГГ-ММ-ДД), e.g. a link to the order in a registry.
    /// </summary>
    internal static string? QrContent(Order order, AuthorityProfile profile) =>
        profile.GostEdition < 2025 || string.IsNullOrWhiteSpace(profile.QrCode)
            ? null
            : profile.QrCode
                .Replace("{number}", order.Number, StringComparison.Ordinal)
                .Replace("{date}", order.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static ScriptObject BuildPoint(NumberedPoint point) => new()
    {
        ["number"] = PinnedNumber.Normalize(point.Number) + ".",
        ["text"] = point.Point.Text,
        ["points"] = point.Points.Select(BuildPoint).ToList(),
    };

    private static ScriptObject BuildAuthority(AuthorityProfile profile) => new()
    {
        ["id"] = profile.Id,
        ["name"] = profile.Name,
        ["letterhead"] = profile.Letterhead.ToList(),
        ["short_name"] = profile.ShortName,
        ["place"] = profile.Place,
        ["approved_by"] = profile.ApprovedBy,
        ["appendix_to"] = profile.AppendixTo,
        ["coat_of_arms"] = profile.CoatOfArms,
        ["qr_code"] = profile.QrCode,
    };

    private static ScriptObject BuildLayout(AuthorityProfile profile) => new()
    {
        ["margins"] = Millimetres(profile.MarginTop, profile.MarginRight, profile.MarginBottom, profile.MarginLeft),
        ["title_style"] = profile.TitlePlacement == TitlePlacement.Left ? "title" : "centered-title",
        ["document_kind_letter_spaced"] = profile.DocumentTypeLetterSpaced,
        ["requisites_stacked"] = profile.RequisitesLayout == RequisitesLayout.Stacked,
        ["decree_run_in"] = profile.DecreeRunIn,
        ["decree_letter_spaced"] = profile.DecreeLetterSpaced,
        ["stamp_width"] = Millimetres(75),
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

        var sections = numbering.Sections
            .Select(section => new ScriptObject
            {
                ["number"] = ItemNumber(section.Number, profile),
                ["title"] = Typography.Apply(section.Section.Title),
                ["items"] = section.Items.Select(cells.Build).ToList(),
            })
            .ToList();
        if (numbering.Items.Count > 0)
        {
            sections.Add(new ScriptObject
            {
                ["number"] = string.Empty,
                ["title"] = null,
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
            ["widths"] = Millimetres([.. widths]),
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

    private static string Millimetres(params double[] values) =>
        string.Join(' ', values.Select(value => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture)));
}
