using System.Globalization;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Russian;

namespace Prikaz.Orders;

/// <summary>
/// The printed rows of a plain table: each row's cells in column order, typeset; a column keyed
/// <c>number</c> numbers the rows 1, 2, 3 … through all groups unless a row gives its own.
/// </summary>
internal static class PlainTableRows
{
    public const string NumberKey = "number";

    /// <summary>The groups in order (rows without a group as one group without a title), each row as its cells.</summary>
    public static IReadOnlyList<PrintedGroup> Of(PlainTable table, AuthorityProfile profile)
    {
        var place = 0;
        IReadOnlyList<string> Cells(IReadOnlyDictionary<string, string> row)
        {
            place++;
            return table.Columns.Select(column => column.Blank ? string.Empty
                : row.TryGetValue(column.Key, out var text) ? Typography.Apply(text)
                : column.Key == NumberKey ? place.ToString(CultureInfo.InvariantCulture) + (profile.ItemNumberTrailingDot ? "." : string.Empty)
                : string.Empty).ToList();
        }

        var groups = table.Groups.Select(group => new PrintedGroup(Typography.Apply(group.Title), [.. group.Rows.Select(Cells)])).ToList();
        if (table.Rows.Count > 0)
        {
            groups.Add(new PrintedGroup(null, [.. table.Rows.Select(Cells)]));
        }

        return groups;
    }

    /// <summary>A group row's title (null for rows without a group) and its rows' cells.</summary>
    public sealed record PrintedGroup(string? Title, IReadOnlyList<IReadOnlyList<string>> Rows);
}
