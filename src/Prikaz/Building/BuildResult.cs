namespace Prikaz.Building;

/// <summary>What a build did: the manifest it wrote and each document's outcome in source order.</summary>
public sealed record BuildResult(BuildManifest Manifest, IReadOnlyList<BuiltDocument> Documents)
{
    public int Rendered => Documents.Count(d => d.Entry.Status == BuildStatus.Rendered);

    public int UpToDate => Documents.Count(d => d.Entry.Status == BuildStatus.UpToDate);

    public int Failed => Documents.Count(d => d.Entry.Status == BuildStatus.Failed);

    /// <summary>Pages of the documents rendered or up to date, where a format's pages are known (PDF).</summary>
    public int Pages => Documents
        .Where(d => d.Entry.Status != BuildStatus.Failed)
        .SelectMany(d => d.Entry.Outputs)
        .Sum(o => o.Pages ?? 0);
}
