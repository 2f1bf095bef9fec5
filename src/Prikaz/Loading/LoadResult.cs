using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Loading;

/// <summary>
/// The outcome of loading a roadmap file. <see cref="Value"/> is set only when there are no errors;
/// <see cref="Map"/> locates any value by JSON Pointer, for the semantic rules' diagnostics.
/// </summary>
public sealed record LoadResult(OrderFile? Value, IReadOnlyList<Diagnostic> Diagnostics, SourceMap Map)
{
    /// <summary>True when at least one diagnostic is an error (then <see cref="Value"/> is null).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
