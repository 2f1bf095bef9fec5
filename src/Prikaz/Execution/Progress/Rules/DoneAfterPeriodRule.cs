using Prikaz.Diagnostics;
using Prikaz.Russian;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>An item reported done after the period the report covers: a report cannot speak of its future.</summary>
internal sealed class DoneAfterPeriodRule : IProgressRule
{
    public string Code => ExecutionCodes.DoneAfterPeriod;

    public Severity Severity => Severity.Error;

    public string Title => "Дата исполнения позже окончания отчётного периода";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        if (context.Period is not { } period)
        {
            yield break;
        }

        for (var i = 0; i < context.File.Items.Count; i++)
        {
            if (context.File.Items[i].Done is { } done && done > period.To)
            {
                yield return new RuleFinding(ProgressRuleContext.EntryPointer(i) + "/done",
                    $"дата исполнения {RussianDates.Numeric(done)} позже окончания отчётного периода {RussianDates.Numeric(period.To)}; сведения о ней — в отчёт за следующий период");
            }
        }
    }
}
