using Prikaz.Reporting;

namespace Prikaz.Building;

/// <summary>Every roadmap of the build (sorted by source) with its check results and what will be done with it.</summary>
/// <param name="Orphans">Previous manifest entries of this shard whose roadmap files no longer exist (sorted by source): their documents are removed.</param>
public sealed record BuildPlan(BuildRequest Request, IReadOnlyList<PlannedDocument> Documents, IReadOnlyList<ManifestEntry> Orphans)
{
    /// <summary>The check results in source order, for a validation report.</summary>
    public IReadOnlyList<FileDiagnostics> Reports => [.. Documents.Select(d => d.Document.Report)];
}
