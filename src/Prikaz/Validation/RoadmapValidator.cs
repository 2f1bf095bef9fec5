using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;

namespace Prikaz.Validation;

/// <summary>Runs the semantic rules (PRK001–PRK099) over a loaded order file.</summary>
public static class RoadmapValidator
{
    /// <summary>Every rule, by code, for the documentation and the CLI.</summary>
    public static IReadOnlyList<RuleInfo> Rules { get; } =
        RuleRegistry.Rules.Select(rule => new RuleInfo(rule.Code, rule.Severity, rule.Title)).ToList();

    /// <summary>
    /// Checks <paramref name="file"/> and returns its diagnostics, located through <paramref name="map"/>
    /// and sorted by line, column, then code.
    /// </summary>
    /// <param name="authorityProfileExists">Whether the authority profile was found; null when not checked.</param>
    public static IReadOnlyList<Diagnostic> Validate(OrderFile file, SourceMap map, bool? authorityProfileExists = null)
    {
        var context = RuleContext.For(file, authorityProfileExists);
        return RuleRegistry.Rules
            .SelectMany(rule => rule.Check(context).Select(finding =>
            {
                var position = map.Locate(finding.Pointer);
                return new Diagnostic(map.File, position.Line, position.Column, finding.Severity ?? rule.Severity, rule.Code, finding.Message);
            }))
            .OrderBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ThenBy(diagnostic => diagnostic.Code, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Message, StringComparer.Ordinal)
            .ToList();
    }
}
