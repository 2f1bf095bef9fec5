namespace Prikaz.Building;

/// <summary>What a build did: the manifest it wrote, each document's outcome and each deleted roadmap's cleanup, in source order.</summary>
public sealed record BuildResult(BuildManifest Manifest, IReadOnlyList<BuiltDocument> Documents, IReadOnlyList<DeletedRoadmap> Deleted)
{
    public int Rendered => Documents.Count(d => d.Entry.Status == BuildStatus.Rendered);

    public int UpToDate => Documents.Count(d => d.Entry.Status == BuildStatus.UpToDate);

    public int Failed => Documents.Count(d => d.Entry.Status == BuildStatus.Failed);

    /// <summary>How many deleted roadmaps had documents removed.</summary>
    public int Removed => Deleted.Count(d => d.RemovedFiles.Count > 0);

    /// <summary>Pages of the documents rendered or up to date, where a format's pages are known (PDF).</summary>
    public int Pages => Documents
        .Where(d => d.Entry.Status != BuildStatus.Failed)
        .SelectMany(d => d.Entry.Outputs)
        .Sum(o => o.Pages ?? 0);
}
