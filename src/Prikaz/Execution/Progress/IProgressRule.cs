using Prikaz.Diagnostics;
using Prikaz.Validation;

namespace Prikaz.Execution.Progress;

/// <summary>One check of a progress file against itself and its roadmap, with a stable code (PRK310–PRK319).</summary>
internal interface IProgressRule
{
    string Code { get; }

    Severity Severity { get; }

    /// <summary>What the rule checks, in Russian, one line.</summary>
    string Title { get; }

    IEnumerable<RuleFinding> Check(ProgressRuleContext context);
}
