using Prikaz.Amendments;
using Prikaz.Documents.Markup;
using Prikaz.Execution;
using Prikaz.Printability;
using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Validation;

namespace Prikaz.Diagnostics;

/// <summary>Every diagnostic code Prikaz reports, with its Russian title: for SARIF rule metadata and the README.</summary>
public static class DiagnosticCatalog
{
    /// <summary>All codes in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> All { get; } =
        RoadmapValidator.Rules.Select(rule => (rule.Code, rule.Title))
            .Concat(LoadCodes.Titles)
            .Concat(ProfileCodes.Titles)
            .Concat(MarkupCodes.Titles)
            .Concat(TemplateCodes.Titles)
            .Concat(ExecutionCodes.Titles)
            .Concat(PrintabilityCodes.Titles)
            .Concat(EditionCodes.Titles)
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>The title of <paramref name="code"/>, or the code itself when unknown.</summary>
    public static string TitleOf(string code) =>
        All.FirstOrDefault(entry => entry.Code == code).Title ?? code;
}
