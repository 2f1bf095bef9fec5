using Prikaz.Diagnostics;
using Prikaz.Execution.Progress.Rules;
using Prikaz.Loading;

namespace Prikaz.Execution.Progress;

/// <summary>Every progress rule, in code order; a new rule is a new class and one line here.</summary>
internal static class ProgressRules
{
    public static IReadOnlyList<IProgressRule> All { get; } =
    [
        new UnknownItemRule(),
        new DoneAfterPeriodRule(),
        new PeriodMismatchRule(),
        new DuplicateItemRule(),
        new DoneDateStatusRule(),
        new PeriodOutsideRoadmapRule(),
    ];

    /// <summary>Runs every rule; diagnostics sorted by position, then code.</summary>
    public static IReadOnlyList<Diagnostic> Check(ProgressRuleContext context, SourceMap map) =>
        All.SelectMany(rule => rule.Check(context).Select(finding =>
            {
                var position = map.Locate(finding.Pointer);
                return new Diagnostic(map.File, position.Line, position.Column, rule.Severity, rule.Code, finding.Message);
            }))
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
