using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Validation;

namespace Prikaz.Amendments;

/// <summary>
/// What a diff report shows: the two editions by the names the user gave them («roadmaps/x.yaml»,
/// «HEAD~1:roadmaps/x.yaml»), their comparison, and its findings located in the new file.
/// </summary>
public sealed record ChangeDiff(string OldName, string NewName, EditionComparison Comparison, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Compares two loaded editions. Each must load and pass the semantic rules without errors (their
    /// numbers are what the changes cite); otherwise <see cref="DiffOutcome.Errors"/> lists why and
    /// there is no diff. The authority profile is not needed and not checked.
    /// </summary>
    public static DiffOutcome Between(LoadedDocument old, LoadedDocument @new)
    {
        var errors = Errors(old).Concat(Errors(@new)).ToList();
        if (errors.Count > 0)
        {
            return new DiffOutcome(null, errors);
        }

        var comparison = EditionComparer.Compare((OrderFile)old.Model!, (OrderFile)@new.Model!);
        var diagnostics = comparison.Findings.Select(finding =>
        {
            var position = @new.Map.Locate(finding.Pointer);
            return new Diagnostic(@new.Map.File, position.Line, position.Column, Severity.Error, finding.Code, finding.Message);
        }).ToList();
        return new DiffOutcome(new ChangeDiff(old.Map.File, @new.Map.File, comparison, diagnostics), []);
    }

    private static IEnumerable<Diagnostic> Errors(LoadedDocument loaded)
    {
        var all = loaded.Model switch
        {
            OrderFile file => loaded.Diagnostics.Concat(RoadmapValidator.Validate(file, loaded.Map)),
            null => loaded.Diagnostics,
            _ => [new Diagnostic(loaded.Map.File, 0, 0, Severity.Error, LoadCodes.UnknownKind,
                $"сравнивать можно редакции приказа, а это {loaded.Kind!.Description}")],
        };
        return all.Where(d => d.Severity == Severity.Error);
    }
}

/// <summary>A diff, or the errors that kept the editions from being compared.</summary>
public sealed record DiffOutcome(ChangeDiff? Diff, IReadOnlyList<Diagnostic> Errors);
