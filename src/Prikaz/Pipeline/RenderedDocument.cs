using Prikaz.Diagnostics;
using Prikaz.Documents;

namespace Prikaz.Pipeline;

/// <summary>A document after the templates: the neutral document when they gave one, the markup they produced, and their problems.</summary>
/// <param name="Markup">The markup the templates produced, for diagnosing template problems; empty when they stopped.</param>
public sealed record RenderedDocument(CheckedDocument Source, Document? Document, string Markup, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}
