using Prikaz.Amendments.Files;
using Prikaz.Model;
using Prikaz.Profiles;

namespace Prikaz.Amendments.Wording;

/// <summary>
/// How an amendment names the order it amends and the appendix of that order: «приказ Министерства …
/// от 23.06.2020 № 017/1324», ««дорожную карту» …, утверждённую приказом Министерства … от … № …».
/// The requisites are numeric, as references in legal text are, whatever the form's date style.
/// </summary>
internal sealed record OrderReference(string Requisites, string IssuerGenitive, string ApprovedBy)
{
    public static OrderReference Of(AmendedOrder amended, AuthorityProfile profile) => new(
        EditionNames.Requisites(new Edition { Date = amended.Date, Number = amended.Number }),
        Issuer(profile),
        OneLine(profile.ApprovedBy));

    /// <summary>«Министерства образования и науки Челябинской области»: the profile's own, else its appendix mark without «к приказу».</summary>
    public static string Issuer(AuthorityProfile profile)
    {
        if (!string.IsNullOrWhiteSpace(profile.IssuerGenitive))
        {
            return OneLine(profile.IssuerGenitive);
        }

        var mark = OneLine(profile.AppendixTo);
        foreach (var lead in new[] { "к приказу ", "к распоряжению " })
        {
            if (mark.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                return mark[lead.Length..];
            }
        }

        return mark;
    }

    /// <summary>«приказ Министерства … от 23.06.2020 № 017/1324» (the accusative equals the nominative).</summary>
    public string Order => $"приказ {IssuerGenitive} {Requisites}";

    /// <summary>«приказу Министерства … от 23.06.2020 № 017/1324», for «Приложение к приказу …».</summary>
    public string OrderDative => $"приказу {IssuerGenitive} {Requisites}";

    /// <summary>«приказом Министерства … от 23.06.2020 № 017/1324».</summary>
    public string ApprovingOrder => $"{ApprovedBy} {Requisites}";

    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
