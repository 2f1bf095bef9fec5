using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>The table must have the number and activity columns: a roadmap row is meaningless without them.</summary>
internal sealed class RequiredColumnRule : IRule
{
    public string Code => "PRK018";

    public Severity Severity => Severity.Error;

    public string Title => "В таблице нет столбца номера (number) или наименования мероприятия (activity)";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        if (context.File.Roadmap is null)
        {
            yield break;
        }

        foreach (var (key, what) in new[] { ("number", "номера мероприятия"), ("activity", "наименования мероприятия") })
        {
            if (!context.HasColumn(key))
            {
                yield return new RuleFinding("/roadmap/columns", $"в таблице нет столбца {what} (ключ «{key}»)");
            }
        }
    }
}
