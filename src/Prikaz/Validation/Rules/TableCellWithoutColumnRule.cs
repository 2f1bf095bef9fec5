using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>A cell of a plain table under a key no column has: its text would silently vanish from the document.</summary>
internal sealed class TableCellWithoutColumnRule : IRule
{
    public string Code => "PRK032";

    public Severity Severity => Severity.Error;

    public string Title => "В строке таблицы заполнена ячейка, для которой в таблице нет столбца";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var site in context.Tables())
        {
            var keys = site.Table.Columns.Select(column => column.Key).ToHashSet(StringComparer.Ordinal);
            var rows = site.Table.Groups
                .SelectMany((group, g) => group.Rows.Select((row, r) => (row, JsonPointer.Index(JsonPointer.Index(site.Pointer + "/groups", g) + "/rows", r))))
                .Concat(site.Table.Rows.Select((row, r) => (row, JsonPointer.Index(site.Pointer + "/rows", r))));
            foreach (var (row, pointer) in rows)
            {
                foreach (var key in row.Keys.Where(key => !keys.Contains(key)).Order(StringComparer.Ordinal))
                {
                    var meant = EditDistance.Nearest(key, keys) is { } near ? $"; возможно, имелось в виду «{near}»" : string.Empty;
                    yield return new RuleFinding(JsonPointer.Property(pointer, key),
                        $"в таблице {site.Whose} нет столбца с ключом «{key}»: значение не будет напечатано{meant}");
                }
            }
        }
    }
}
