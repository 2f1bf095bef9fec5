using Prikaz.Diagnostics;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>The period in the file is not the one its name says: <c>2020-q3.yaml</c> must say <c>period: 2020-q3</c>.</summary>
internal sealed class PeriodMismatchRule : IProgressRule
{
    public string Code => ExecutionCodes.PeriodMismatch;

    public Severity Severity => Severity.Error;

    public string Title => "Отчётный период не совпадает с именем файла";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        if (context.NamedPeriod is null)
        {
            yield return new RuleFinding("/period",
                $"имя файла «{context.FileName}.yaml» не называет отчётный период: ожидается 2020-q3.yaml, 2020-h1.yaml, 2020-09.yaml или 2020.yaml");
        }
        else if (context.File.Period != context.NamedPeriod.Name)
        {
            yield return new RuleFinding("/period", $"в файле указан период {context.File.Period}, а имя файла — {context.NamedPeriod.Name}.yaml");
        }
    }
}
