using Prikaz.Diagnostics;

namespace Prikaz.Validation;

/// <summary>One semantic check of an order file, with a stable code.</summary>
internal interface IRule
{
    /// <summary>The stable code, <c>PRK001</c>–<c>PRK099</c>.</summary>
    string Code { get; }

    Severity Severity { get; }

    /// <summary>What the rule checks, in Russian, one line, for the documentation.</summary>
    string Title { get; }

    IEnumerable<RuleFinding> Check(RuleContext context);
}
