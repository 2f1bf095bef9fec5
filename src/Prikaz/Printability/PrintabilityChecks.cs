using System.Text.Json;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Schema;

namespace Prikaz.Printability;

/// <summary>
/// The checks of a loaded order that need its authority profile and what the formats can show: the QR
/// code fits (an error), every character can be drawn in the PDF (a warning, when the caller passes the
/// PDF writer's coverage). Run by the checker after the semantic rules, so validate finds what render would.
/// </summary>
public static class PrintabilityChecks
{
    public static IReadOnlyList<Diagnostic> Check(OrderFile file, SourceMap map, ProfileLookup profile, IGlyphCoverage? coverage)
    {
        var diagnostics = new List<Diagnostic>();
        if (profile.Profile is { } found)
        {
            diagnostics.AddRange(QrCapacityCheck.Check(file, map, found, profile.Map));
        }

        if (coverage is not null)
        {
            diagnostics.AddRange(GlyphCoverageCheck.Check(JsonSerializer.SerializeToNode(file, ModelJson.TypeInfo<OrderFile>()), map, coverage));
        }

        return diagnostics;
    }
}
