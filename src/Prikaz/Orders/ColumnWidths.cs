using Prikaz.Model;
using Prikaz.Profiles;

namespace Prikaz.Orders;

/// <summary>
/// Column widths of the roadmap table in millimetres: the roadmap's own width, else the profile's
/// width for the key; columns with neither share what is left; then everything is scaled to the
/// width between the margins, so the table always spans the text block exactly.
/// </summary>
internal static class ColumnWidths
{
    public static IReadOnlyList<double> Fit(IReadOnlyList<Column> columns, AuthorityProfile profile, bool landscape)
    {
        var pageWidth = landscape ? 297.0 : 210.0;
        var available = pageWidth - profile.MarginLeft - profile.MarginRight;
        var given = columns
            .Select(column => column.Width ?? (profile.ColumnWidths.TryGetValue(column.Key, out var width) ? width : (double?)null))
            .ToList();
        var known = given.Where(width => width is not null).Sum(width => width!.Value);
        var unknownCount = given.Count(width => width is null);
        var share = unknownCount == 0 ? 0 : Math.Max(15, (available - known) / unknownCount);
        var raw = given.Select(width => width ?? share).ToList();
        var scale = available / raw.Sum();
        return raw.Select(width => Math.Round(width * scale, 1)).ToList();
    }
}
