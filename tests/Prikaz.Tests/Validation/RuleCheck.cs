using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Validation;

namespace Prikaz.Tests.Validation;

/// <summary>Runs one rule by code and asserts what it found.</summary>
internal static class RuleCheck
{
    public static IRule Rule(string code) => RuleRegistry.Rules.Single(rule => rule.Code == code);

    public static List<RuleFinding> Findings(OrderFile file, string code, bool? authorityProfileExists = null) =>
        Rule(code).Check(RuleContext.For(file, authorityProfileExists)).ToList();

    /// <summary>Asserts exactly one finding at <paramref name="pointer"/> with the rule's expected severity; returns its message.</summary>
    public static string Single(OrderFile file, string code, Severity severity, string pointer, bool? authorityProfileExists = null)
    {
        Assert.Equal(severity, Rule(code).Severity);
        var finding = Assert.Single(Findings(file, code, authorityProfileExists));
        Assert.Equal(pointer, finding.Pointer);
        return finding.Message;
    }

    public static void None(OrderFile file, string code, bool? authorityProfileExists = null) =>
        Assert.Empty(Findings(file, code, authorityProfileExists));
}
