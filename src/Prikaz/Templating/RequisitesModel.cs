using System.Globalization;
using Prikaz.Documents;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Russian;
using Scriban.Runtime;

namespace Prikaz.Templating;

/// <summary>
/// The parts of the template model every document kind shares: its requisites (<c>order</c> in the
/// templates, for any kind), the authority's names (<c>authority</c>) and the page layout (<c>layout</c>),
/// so the letterhead, requisites, signature and executor partials serve every kind.
/// </summary>
internal static class RequisitesModel
{
    /// <summary>The width of an A4 sheet in portrait, mm.</summary>
    private const double PortraitWidth = 210;

    /// <summary>The line a draft leaves for the date of registration.</summary>
    public const string BlankDate = "________________";

    /// <summary>The line a draft leaves for the registration number.</summary>
    public const string BlankNumber = "__________";

    /// <summary>The three shared globals; a kind adds its own (<c>roadmap</c>, <c>changes</c> …) and fills <c>order</c> further.</summary>
    public static ScriptObject Globals(Requisites requisites, AuthorityProfile profile) => new()
    {
        ["order"] = Heading(requisites, profile),
        ["authority"] = Authority(profile),
        ["layout"] = Layout(profile),
    };

    private static ScriptObject Heading(Requisites requisites, AuthorityProfile profile)
    {
        var signatory = requisites.Signatory ?? profile.Signatory;
        var decree = requisites.Kind == OrderKind.Order ? "приказываю:" : "предлагаю:";
        var genitive = requisites.Kind == OrderKind.Order ? "приказа" : "распоряжения";

        // A draft leaves its date and number to registration: lines to fill in, wherever they are printed.
        var registered = requisites.IsRegistered;
        var date = requisites.StampDate;
        return new ScriptObject
        {
            ["kind_word"] = requisites.Kind == OrderKind.Order ? "ПРИКАЗ" : "РАСПОРЯЖЕНИЕ",
            ["draft"] = requisites.Draft,
            ["date"] = date,
            ["date_iso"] = IsoDate(date),
            ["date_text"] = registered ? OrderDates.Format(date, requisites.DateStyle ?? profile.DateStyle, profile) : BlankDate,
            ["date_prefix"] = profile.DatePrefix,
            ["stamp_date_text"] = registered ? OrderDates.Format(date, requisites.StampDateStyle ?? profile.StampDateStyle ?? requisites.DateStyle ?? profile.DateStyle, profile) : BlankDate,
            ["place"] = requisites.Place ?? profile.Place,
            ["number"] = registered ? Typography.RegistrationNumber(requisites.Number!) : BlankNumber,
            ["title"] = requisites.Title,
            ["subject"] = registered ? "Приказ от " + RussianDates.Numeric(date) + " № " + requisites.Number : "Проект " + genitive,
            ["decree_text"] = profile.DecreeCapitals ? decree.ToUpperInvariant() : decree,
            ["signatory"] = signatory is null ? null : new ScriptObject
            {
                ["position"] = signatory.Position.ToList(),
                ["name"] = signatory.Name,
            },
            ["esign"] = requisites.ElectronicSignature is not { } esign ? null : new ScriptObject
            {
                ["certificate"] = esign.Certificate,
                ["owner"] = esign.Owner,
                ["valid_from"] = RussianDates.Numeric(esign.ValidFrom),
                ["valid_to"] = RussianDates.Numeric(esign.ValidTo),
            },
            ["executor"] = requisites.Executor is not { } executor ? null : new ScriptObject
            {
                ["name"] = executor.Name,
                ["phone"] = executor.Phone,
                ["position"] = executor.Position,
                ["email"] = executor.Email,
            },
            ["distribution"] = requisites.Distribution.ToList(),
            ["qr_content"] = QrContent(requisites, profile),
            ["genitive"] = genitive,
            ["instrumental"] = requisites.Kind == OrderKind.Order ? "приказом" : "распоряжением",
            ["acquaintance"] = requisites.Acquaintance is not { } acquaintance ? null : new ScriptObject
            {
                ["separate_sheet"] = acquaintance.Placement == AcquaintancePlacement.SeparateSheet,
                ["people"] = acquaintance.People.Select(person => new ScriptObject
                {
                    ["name"] = person.Name,
                    ["position"] = person.Position ?? string.Empty,
                }).ToList(),
                ["widths"] = Columns(profile, 10, 50, 50, 30, 30),
            },
            ["approval_sheet"] = requisites.ApprovalSheet.Select(visa => new ScriptObject
            {
                ["position"] = visa.Position,
                ["name"] = visa.Name,
                ["remarks"] = visa.Remarks ?? string.Empty,
            }).ToList(),
            ["approval_sheet_widths"] = Columns(profile, 45, 35, 25, 25, 40),
        };
    }

    /// <summary>
    /// Column widths (mm) in the given proportions, filling the text width of a portrait page with the
    /// profile's margins: the acquaintance list and the approval sheet stand in the order's own pages.
    /// </summary>
    private static string Columns(AuthorityProfile profile, params double[] proportions)
    {
        var width = PortraitWidth - profile.MarginLeft - profile.MarginRight;
        var total = proportions.Sum();
        return Millimetres([.. proportions.Select(p => Math.Floor(p * width / total * 10) / 10)]);
    }

    /// <summary>
    /// The QR requisite exists from the 2025 edition of ГОСТ Р 7.0.97 on; the profile's content may name
    /// the document with {number} and {date} (ГГГГ-ММ-ДД), e.g. a link to the order in a registry.
    /// </summary>
    /// <remarks>A draft has no registration to link to, so it has no QR code.</remarks>
    internal static string? QrContent(Requisites requisites, AuthorityProfile profile) =>
        profile.GostEdition < 2025 || string.IsNullOrWhiteSpace(profile.QrCode) || requisites.Draft || requisites.Date is not { } date
            ? null
            : profile.QrCode
                .Replace("{number}", requisites.Number ?? string.Empty, StringComparison.Ordinal)
                .Replace("{date}", IsoDate(date), StringComparison.Ordinal);

    private static ScriptObject Authority(AuthorityProfile profile) => new()
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

    private static ScriptObject Layout(AuthorityProfile profile) => new()
    {
        ["margins"] = Millimetres(profile.MarginTop, profile.MarginRight, profile.MarginBottom, profile.MarginLeft),
        ["title_style"] = profile.TitlePlacement == TitlePlacement.Left ? StyleIds.Title : StyleIds.CenteredTitle,
        ["document_kind_letter_spaced"] = profile.DocumentTypeLetterSpaced,
        ["requisites_stacked"] = profile.RequisitesLayout == RequisitesLayout.Stacked,
        ["decree_run_in"] = profile.DecreeRunIn,
        ["decree_letter_spaced"] = profile.DecreeLetterSpaced,
        ["stamp_width"] = Millimetres(75),
    };

    /// <summary>Lengths as markup attributes write them: millimetres, invariant, at most two decimals.</summary>
    public static string Millimetres(params double[] values) =>
        string.Join(' ', values.Select(value => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture)));

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
