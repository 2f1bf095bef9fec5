using Prikaz.Documents;
using Prikaz.Model;
using Prikaz.Numbering;
using Prikaz.Profiles;
using Prikaz.Tables;

namespace Prikaz.Orders;

/// <summary>
/// The column widths of the order's tables, worked out once for the template model and for the check
/// that warns about too narrow ones (PRK034), so both see the same widths.
/// </summary>
internal static class TableWidths
{
    /// <summary>
    /// A roadmap's columns: the roadmap's own width, else the profile's width for the key; the others fitted
    /// to their content (see <see cref="ColumnFit"/>).
    /// </summary>
    public static FittedColumns Roadmap(Roadmap roadmap, string pointer, IReadOnlyDictionary<string, Party> parties, AuthorityProfile profile, bool landscape, ITextMeasure? measure)
    {
        var cells = new RoadmapCells(roadmap, parties, profile);
        var items = RoadmapNumbering.Of(roadmap, pointer).AllItems.ToList();
        var columns = roadmap.Columns
            .Select(column => new ColumnContent(
                column.Width ?? (profile.ColumnWidths.TryGetValue(column.Key, out var width) ? width : null),
                column.Title,
                [.. cells.Texts(column, items)]))
            .ToList();
        return ColumnFit.Fit(columns, AppendixPages.TextWidth(landscape, profile), profile.TableFontSize, measure);
    }

    /// <summary>A plain table's columns: given widths kept, the others fitted to their content.</summary>
    public static FittedColumns Plain(PlainTable table, AuthorityProfile profile, bool landscape, ITextMeasure? measure)
    {
        var rows = PlainTableRows.Of(table, profile);
        var columns = table.Columns
            .Select((column, i) => new ColumnContent(column.Width, column.Title, [.. rows.SelectMany(group => group.Rows).Select(row => row[i])]))
            .ToList();
        return ColumnFit.Fit(columns, AppendixPages.TextWidth(landscape, profile), profile.TableFontSize, measure);
    }
}
