using System.Text.Json;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;

namespace Prikaz.Printability;

/// <summary>
/// The check of any loaded document that needs what the formats can show: every character can be
/// drawn in the PDF (a warning, when the caller passes the PDF writer's coverage). Run by the pipeline
/// after the kind's rules, so validate finds what render would.
/// </summary>
public static class PrintabilityChecks
{
    public static IReadOnlyList<Diagnostic> Check(LoadedDocument document, IGlyphCoverage? coverage) =>
        coverage is null || document is not { Kind: { } kind, Model: { } model }
            ? []
            : [.. GlyphCoverageCheck.Check(JsonSerializer.SerializeToNode(model, kind.Contract), document.Map, coverage)];
}
