using Prikaz.Diagnostics;
using Prikaz.Numbering;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>One item reported twice in one file: which of the two is the truth cannot be guessed.</summary>
internal sealed class DuplicateItemRule : IProgressRule
{
    public string Code => ExecutionCodes.DuplicateItem;

    public Severity Severity => Severity.Error;

    public string Title => "Мероприятие указано в отчёте о ходе исполнения дважды";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < context.File.Items.Count; i++)
        {
            var number = PinnedNumber.Normalize(context.File.Items[i].Item);
            if (seen.TryGetValue(number, out var first))
            {
                yield return new RuleFinding(ProgressRuleContext.EntryPointer(i) + "/item",
                    $"мероприятие {number} уже указано в этом файле (запись {first + 1}); оставьте одну запись");
            }
            else
            {
                seen[number] = i;
            }
        }
    }
}
