using Prikaz.Russian;

namespace Prikaz.Model;

/// <summary>How messages and change lists name an edition: «приказ от 15.10.2020 № 01/2237».</summary>
public static class EditionNames
{
    /// <summary>«от 15.10.2020 № 01/2237», the order's requisites as the consolidated text cites them.</summary>
    public static string Requisites(Edition edition) => $"от {RussianDates.Numeric(edition.Date)} № {edition.Number}";

    /// <summary>«от 23.06.2020 № 017/1324» for a registered order; «(проект)» for a draft, which has neither yet.</summary>
    public static string Requisites(Requisites requisites) =>
        requisites.IsRegistered ? $"от {RussianDates.Numeric(requisites.Date!.Value)} № {requisites.Number}" : "(проект)";

    /// <summary>True when both name the same order.</summary>
    public static bool Same(Edition a, Edition b) => a.Date == b.Date && string.Equals(a.Number.Trim(), b.Number.Trim(), StringComparison.Ordinal);
}
