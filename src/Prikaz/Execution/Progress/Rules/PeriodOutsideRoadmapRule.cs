using Prikaz.Diagnostics;
using Prikaz.Russian;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress.Rules;

/// <summary>A report for a period the roadmap does not cover (a 2021 report on a roadmap «на 2020 год»).</summary>
internal sealed class PeriodOutsideRoadmapRule : IProgressRule
{
    public string Code => ExecutionCodes.PeriodOutsideRoadmap;

    public Severity Severity => Severity.Warning;

    public string Title => "Отчётный период вне периода реализации «дорожной карты»";

    public IEnumerable<RuleFinding> Check(ProgressRuleContext context)
    {
        if (context.Period is { } period && context.OrderRoadmap?.Period is { } roadmap
            && (period.From > roadmap.To || period.To < roadmap.From))
        {
            yield return new RuleFinding("/period",
                $"период {period.Title} вне периода «дорожной карты» {RussianDates.NumericSpan(roadmap.From, roadmap.To)}");
        }
    }
}
