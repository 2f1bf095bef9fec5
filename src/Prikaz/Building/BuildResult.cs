namespace Prikaz.Building;

/// <summary>What a build did: the manifest it wrote, each document's outcome and each deleted roadmap's cleanup, in source order.</summary>
public sealed record BuildResult(BuildManifest Manifest, IReadOnlyList<BuiltDocument> Documents, IReadOnlyList<DeletedRoadmap> Deleted)
{
    /// <summary>The build was stopped before every document was done.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Why <c>manifest.json</c> could not be written, when it could not.</summary>
    public string? ManifestFailure { get; init; }

    /// <summary>Documents that could not be written (a full disk, no permission): an environment problem, exit code 2.</summary>
    public int WriteFailures => Documents.Count(d => d.Failure is not null);

    /// <summary>Documents the build did not get to before it was stopped.</summary>
    public int NotReached => Documents.Count(d => d.Entry.Status == BuildStatus.Interrupted);

    public int Rendered => Documents.Count(d => d.Entry.Status == BuildStatus.Rendered);

    public int UpToDate => Documents.Count(d => d.Entry.Status == BuildStatus.UpToDate);

    public int Failed => Documents.Count(d => d.Entry.Status == BuildStatus.Failed);

    /// <summary>How many deleted roadmaps had documents removed.</summary>
    public int Removed => Deleted.Count(d => d.RemovedFiles.Count > 0);

    /// <summary>Pages of the documents rendered or up to date, where a format's pages are known (PDF).</summary>
    public int Pages => Documents
        .Where(d => d.Entry.Status is BuildStatus.Rendered or BuildStatus.UpToDate)
        .SelectMany(d => d.Entry.Outputs)
        .Sum(o => o.Pages ?? 0);
}
