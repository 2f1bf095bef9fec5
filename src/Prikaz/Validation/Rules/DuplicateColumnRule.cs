using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>Two columns with one key would print the same values twice: in a roadmap and in a plain table alike.</summary>
internal sealed class DuplicateColumnRule : IRule
{
    public string Code => "PRK020";

    public Severity Severity => Severity.Error;

    public string Title => "Ключ столбца таблицы повторяется";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var tables = context.Roadmaps.Select(roadmap => (roadmap.Member("columns"), roadmap.Roadmap.Columns.Select(column => column.Key).ToList()))
            .Concat(context.Tables().Select(table => (table.Pointer + "/columns", table.Table.Columns.Select(column => column.Key).ToList())));
        foreach (var (pointer, keys) in tables)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                if (!seen.Add(keys[i]))
                {
                    yield return new RuleFinding(JsonPointer.Index(pointer, i) + "/key", $"столбец с ключом «{keys[i]}» уже есть в таблице");
                }
            }
        }
    }
}
