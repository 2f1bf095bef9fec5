using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>An item without any deadline where the table has a deadline column (Нязепетровск 3.3).</summary>
internal sealed class MissingDeadlineRule : IRule
{
    public string Code => "PRK021";

    public Severity Severity => Severity.Warning;

    public string Title => "Не указан срок мероприятия";

    public IEnumerable<RuleFinding> Check(RuleContext context) =>
        context.Roadmaps.Where(roadmap => roadmap.HasColumn("deadline")).SelectMany(roadmap => roadmap.Numbering.AllItems)
            .Where(item => !ColumnValues.HasValue(item.Item, "deadline"))
            .Select(item => new RuleFinding(item.Pointer + "/deadline", $"не указан срок мероприятия {item.Number}"));
}
