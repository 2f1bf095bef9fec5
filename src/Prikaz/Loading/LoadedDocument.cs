using Prikaz.Diagnostics;
using Prikaz.Kinds;

namespace Prikaz.Loading;

/// <summary>
/// A document file after loading: its kind (once the root <c>kind:</c> was understood), its model
/// (only when there are no errors), and every diagnostic. <see cref="Map"/> locates any value by JSON
/// Pointer, for the semantic rules' diagnostics.
/// </summary>
/// <param name="Path">The file as the user named it; diagnostics name it so.</param>
public sealed record LoadedDocument(string Path, IDocumentKind? Kind, IDocumentModel? Model, IReadOnlyList<Diagnostic> Diagnostics, SourceMap Map)
{
    /// <summary>True when at least one diagnostic is an error (then <see cref="Model"/> is null).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
