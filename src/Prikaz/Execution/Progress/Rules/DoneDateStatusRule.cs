using Prikaz.Diagnostics;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>
/// <c>done</c> without the date of execution (then on-time execution cannot be told), or a date of
/// execution on an item that is not done.
/// </summary>
internal sealed class DoneDateStatusRule : IProgressRule
{
    public string Code => ExecutionCodes.DoneDateMismatch;

    public Severity Severity => Severity.Error;

    public string Title => "Дата исполнения не согласуется со статусом мероприятия";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        for (var i = 0; i < context.File.Items.Count; i++)
        {
            var entry = context.File.Items[i];
            if (entry.Status == ProgressStatus.Done && entry.Done is null)
            {
                yield return new RuleFinding(ProgressRuleContext.EntryPointer(i) + "/status",
                    $"мероприятие {entry.Item} отмечено исполненным без даты исполнения: укажите done: ГГГГ-ММ-ДД");
            }
            else if (entry.Status != ProgressStatus.Done && entry.Done is not null)
            {
                yield return new RuleFinding(ProgressRuleContext.EntryPointer(i) + "/done",
                    $"у мероприятия {entry.Item} указана дата исполнения, а статус не done");
            }
        }
    }
}
