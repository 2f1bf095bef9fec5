namespace Prikaz.Building;

/// <summary>
/// One roadmap in <c>manifest.json</c>. <paramref name="Fingerprint"/> is the fingerprint of the inputs
/// the listed <paramref name="Outputs"/> were made from: for a failed roadmap, those of its last good
/// documents (or <c>null</c> when it never had any), so reverting the mistake needs no re-render.
/// </summary>
/// <param name="Source">The roadmap's path relative to the repository, with '/'.</param>
/// <param name="SourceSha256">SHA-256 of the roadmap's bytes as they are now.</param>
/// <param name="Diagnostics">How many errors and warnings the checks reported.</param>
public sealed record ManifestEntry(
    string Source,
    string SourceSha256,
    string? Fingerprint,
    BuildStatus Status,
    int Diagnostics,
    IReadOnlyList<ManifestOutput> Outputs)
{
    /// <summary>The check results of the inputs the entry describes, when they can be reused (see <see cref="CheckCache"/>).</summary>
    public CheckCache? Check { get; init; }

    /// <summary>What else the documents were made from (empty for most documents: a roadmap is read alone).</summary>
    public DocumentDependencies Reads { get; init; } = DocumentDependencies.None;
}
