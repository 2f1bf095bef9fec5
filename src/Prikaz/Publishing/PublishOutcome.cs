using Prikaz.Diagnostics;

namespace Prikaz.Publishing;

/// <summary>The files written for one roadmap, or the template problems that stopped it.</summary>
/// <param name="Markup">The markup the templates produced, for diagnosing template problems.</param>
public sealed record PublishOutcome(IReadOnlyList<PublishedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, string Markup)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && Files.Count > 0;
}
