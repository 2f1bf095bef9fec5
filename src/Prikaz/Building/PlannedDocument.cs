using Prikaz.Pipeline;

namespace Prikaz.Building;

/// <summary>A document after the checks: what the build will do with it and why.</summary>
/// <param name="Document">The checked document; for one replayed from the manifest (<see cref="Check"/>), a stand-in with the recorded diagnostics and no model.</param>
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
    BuildStatus Action)
{
    /// <summary>The check results to keep in the manifest, when they can be reused.</summary>
    public CheckCache? Check { get; init; }

    /// <summary>What else the document was made from, as far as is known before it is rendered.</summary>
    public DocumentDependencies Reads { get; init; } = DocumentDependencies.None;

    /// <summary>For a document checked by this build: what its fingerprint is made of, to extend it with what rendering reads.</summary>
    internal RenderInputs? Render { get; init; }
}
