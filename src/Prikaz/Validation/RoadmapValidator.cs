using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;

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
    /// <param name="profile">The authority's profile, for the rules about the printed layout; they skip without it.</param>
    /// <param name="measure">Text widths in the documents' fonts, for the rules about what fits; they skip without it.</param>
    public static IReadOnlyList<Diagnostic> Validate(OrderFile file, SourceMap map, bool? authorityProfileExists = null, AuthorityProfile? profile = null, ITextMeasure? measure = null)
    {
        var context = RuleContext.For(file, authorityProfileExists, profile, measure);
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
