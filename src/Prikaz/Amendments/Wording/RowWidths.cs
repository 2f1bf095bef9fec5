using Prikaz.Model;
using Prikaz.Orders;
using Prikaz.Profiles;
using Prikaz.Tables;
using Prikaz.Templating;

namespace Prikaz.Amendments.Wording;

/// <summary>
/// Column widths of the rows an amendment order restates or adds, in the amended roadmap's columns but
/// on the order's portrait page: the roadmap's widths scaled to the text block, then each column widened
/// until its longest word fits (a word is never split in a signed text), the width taken from the
/// columns that have the most to spare.
/// </summary>
internal static class RowWidths
{
    /// <summary>About the width of a letter of Times New Roman at 12 pt, mm; scaled with the table's font size.</summary>
    private const double LetterAt12Pt = 2.1;

    /// <summary>The cell's padding on both sides and a little air, mm.</summary>
    private const double Padding = 3.5;

    /// <param name="rows">The cell texts of each row that has one cell per column.</param>
    public static string Fit(IReadOnlyList<Column> columns, AuthorityProfile profile, IEnumerable<IReadOnlyList<string>> rows)
    {
        var given = columns.Select(column => new ColumnContent(column.Width ?? (profile.ColumnWidths.TryGetValue(column.Key, out var width) ? width : null), column.Title, []));
        var widths = ColumnFit.Fit([.. given], AppendixPages.TextWidth(landscape: false, profile), profile.TableFontSize, measure: null).Widths.ToArray();
        var letter = LetterAt12Pt * profile.TableFontSize / 12;
        var needed = new double[widths.Length];
        foreach (var cells in rows.Where(cells => cells.Count == widths.Length))
        {
            for (var k = 0; k < cells.Count; k++)
            {
                var longest = cells[k].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => word.Length).DefaultIfEmpty(0).Max();
                needed[k] = Math.Max(needed[k], (longest * letter) + Padding);
            }
        }

        for (var k = 0; k < widths.Length; k++)
        {
            var missing = needed[k] - widths[k];
            while (missing > 0.05)
            {
                var donor = Enumerable.Range(0, widths.Length).Where(j => j != k).MaxBy(j => widths[j] - needed[j]);
                var spare = widths[donor] - needed[donor];
                if (spare <= 0.05)
                {
                    break;
                }

                var moved = Math.Min(spare, missing);
                (widths[donor], widths[k], missing) = (widths[donor] - moved, widths[k] + moved, missing - moved);
            }
        }

        return RequisitesModel.Millimetres([.. widths.Select(width => Math.Round(width, 1))]);
    }
}
