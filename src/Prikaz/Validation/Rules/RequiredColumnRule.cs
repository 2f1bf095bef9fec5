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
        foreach (var roadmap in context.Roadmaps)
        {
            foreach (var (key, what) in new[] { ("number", "номера мероприятия"), ("activity", "наименования мероприятия") })
            {
                if (!roadmap.HasColumn(key))
                {
                    yield return new RuleFinding(roadmap.Member("columns"), $"в таблице нет столбца {what} (ключ «{key}»)");
                }
            }
        }
    }
}
