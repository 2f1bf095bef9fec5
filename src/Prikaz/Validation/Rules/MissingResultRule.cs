using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>An item without an expected result where the table has a result column (Амур 2.9).</summary>
internal sealed class MissingResultRule : IRule
{
    public string Code => "PRK005";

    public Severity Severity => Severity.Warning;

    public string Title => "Не указан ожидаемый результат мероприятия";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Roadmaps.Where(roadmap => roadmap.HasColumn("result")).SelectMany(roadmap => roadmap.Numbering.AllItems)
                .Where(item => string.IsNullOrWhiteSpace(item.Item.Result))
                .Select(item => new RuleFinding(item.Pointer + "/result", $"не указан ожидаемый результат мероприятия {item.Number}"));
}
