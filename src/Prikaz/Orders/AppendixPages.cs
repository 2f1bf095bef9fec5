using Prikaz.Model;
using Prikaz.Profiles;

namespace Prikaz.Orders;

/// <summary>The page an appendix or a point's table is set on: its orientation and the width between the margins.</summary>
internal static class AppendixPages
{
    private const double A4Short = 210;
    private const double A4Long = 297;

    /// <summary>
    /// Landscape or portrait: the appendix's own orientation, else the profile's; «auto» turns the page
    /// when the table has five columns or more (LAYOUT.md). A list has no table and stays portrait on auto.
    /// </summary>
    public static bool IsLandscape(Appendix appendix, AuthorityProfile profile) =>
        (appendix.Orientation ?? profile.AppendixOrientation) switch
        {
            AppendixOrientation.Landscape => true,
            AppendixOrientation.Portrait => false,
            _ => ColumnCount(appendix) >= 5,
        };

    /// <summary>The width between the margins, mm.</summary>
    public static double TextWidth(bool landscape, AuthorityProfile profile) =>
        (landscape ? A4Long : A4Short) - profile.MarginLeft - profile.MarginRight;

    private static int ColumnCount(Appendix appendix) =>
        appendix.Roadmap?.Columns.Count ?? appendix.Table?.Columns.Count ?? 0;
}
