using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>Two columns with one key would print the same values twice.</summary>
internal sealed class DuplicateColumnRule : IRule
{
    public string Code => "PRK020";

    public Severity Severity => Severity.Error;

    public string Title => "Ключ столбца таблицы повторяется";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var columns = context.File.Roadmap?.Columns ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (!seen.Add(columns[i].Key))
            {
                yield return new RuleFinding(JsonPointer.Index("/roadmap/columns", i) + "/key", $"столбец с ключом «{columns[i].Key}» уже есть в таблице");
            }
        }
    }
}
