using Prikaz.Pipeline;

namespace Prikaz.Building;

/// <summary>A document after the checks: what the build will do with it and why.</summary>
/// <param name="Source">Repository-relative path with '/', as the manifest names it.</param>
/// <param name="Fingerprint">The inputs' fingerprint; <c>null</c> when the roadmap cannot be rendered.</param>
/// <param name="Previous">Its entry in the previous manifest, if any.</param>
/// <param name="Action"><see cref="BuildStatus.Rendered"/> for «to render», <see cref="BuildStatus.UpToDate"/>, or <see cref="BuildStatus.Failed"/>.</param>
public sealed record PlannedDocument(
    string Source,
    string SourceSha256,
    CheckedDocument Document,
    string? Fingerprint,
    ManifestEntry? Previous,
    BuildStatus Action);
