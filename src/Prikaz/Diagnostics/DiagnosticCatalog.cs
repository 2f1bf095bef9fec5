using Prikaz.Amendments;
using Prikaz.Amendments.Checking;
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
            .Concat(AmendmentCodes.Titles)
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)
            .ToList();

    // The codes reported as warnings: the rules and the document kinds say so themselves; the other checks that warn are listed.
    private static readonly HashSet<string> Warnings =
    [
        .. RoadmapValidator.Rules.Where(rule => rule.Severity == Severity.Warning).Select(rule => rule.Code),
        .. Kinds.DocumentKinds.BuiltIn.All.SelectMany(kind => kind.Rules).Where(rule => rule.Severity == Severity.Warning).Select(rule => rule.Code),
        .. Execution.Progress.ProgressRules.All.Where(rule => rule.Severity == Severity.Warning).Select(rule => rule.Code),
        PrintabilityCodes.MissingGlyphs,
        PrintabilityCodes.LetterheadWidow,
        ExecutionCodes.CalendarYearMissing,
        ExecutionCodes.Overdue,
    ];

    /// <summary>The severity <paramref name="code"/> is reported with (SARIF's <c>defaultConfiguration.level</c>, the README's table).</summary>
    public static Severity SeverityOf(string code) => Warnings.Contains(code) ? Severity.Warning : Severity.Error;

    /// <summary>The title of <paramref name="code"/>, or the code itself when unknown.</summary>
    public static string TitleOf(string code) =>
        All.FirstOrDefault(entry => entry.Code == code).Title ?? code;
}
