using Prikaz.Diagnostics;

namespace Prikaz.Building;

/// <summary>The outcome for one roadmap: its manifest entry and the problems rendering found.</summary>
/// <param name="RenderDiagnostics">Template and markup problems (the checks' own are in the plan).</param>
/// <param name="Failure">Why writing failed (disk full, no access), when it did.</param>
/// <param name="Markup">The markup the templates produced, for diagnosing a template problem; empty when not rendered.</param>
public sealed record BuiltDocument(
    PlannedDocument Planned,
    ManifestEntry Entry,
    IReadOnlyList<Diagnostic> RenderDiagnostics,
    string? Failure,
    string Markup);
