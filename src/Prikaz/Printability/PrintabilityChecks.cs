using System.Text.Json;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Schema;

namespace Prikaz.Printability;

/// <summary>
/// The check of any loaded document that needs what the formats can show: every character can be
/// drawn in the PDF (a warning, when the caller passes the PDF writer's coverage), the document's own
/// texts and its authority profile's (the letterhead, the grif's words, the signatory print in every
/// order). Run by the pipeline after the kind's rules, so validate finds what render would.
/// </summary>
public static class PrintabilityChecks
{
    public static IReadOnlyList<Diagnostic> Check(LoadedDocument document, IGlyphCoverage? coverage) =>
        coverage is null || document is not { Kind: { } kind, Model: { } model }
            ? []
            : [.. GlyphCoverageCheck.Check(JsonSerializer.SerializeToNode(model, kind.Contract), document.Map, coverage)];

    /// <summary>The texts of <paramref name="profile"/>, reported at their lines in the profile's file.</summary>
    public static IReadOnlyList<Diagnostic> Check(AuthorityProfile profile, SourceMap map, IGlyphCoverage? coverage) =>
        coverage is null
            ? []
            : [.. GlyphCoverageCheck.Check(JsonSerializer.SerializeToNode(profile, ModelJson.TypeInfo<AuthorityProfile>()), map, coverage)];
}
