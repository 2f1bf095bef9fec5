using Prikaz.Diagnostics;

namespace Prikaz.Preview;

/// <summary>What one render of an edition gave: the rendering when it succeeded, and every diagnostic either way.</summary>
internal sealed record EditionOutcome(EditionRendering? Rendering, IReadOnlyList<Diagnostic> Diagnostics);
