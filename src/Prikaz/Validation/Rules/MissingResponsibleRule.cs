using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>An item without a responsible party where the table has that column (Нязепетровск 2.1, 3.1).</summary>
internal sealed class MissingResponsibleRule : IRule
{
    public string Code => "PRK004";

    public Severity Severity => Severity.Warning;

    public string Title => "Не указан ответственный исполнитель мероприятия";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Roadmaps.Where(roadmap => roadmap.HasColumn("responsible")).SelectMany(roadmap => roadmap.Numbering.AllItems)
                .Where(item => item.Item.Responsible.Count == 0)
                .Select(item => new RuleFinding(item.Pointer + "/responsible", $"не указан ответственный исполнитель мероприятия {item.Number}"));
}
