using Prikaz.Diagnostics;

namespace Prikaz.Preview;

/// <summary>
/// What the preview shows after a refresh: the last good rendering (kept while the file has errors),
/// the diagnostics of the latest render, and the earlier edition when two are compared. Immutable; each
/// refresh makes a new one with the next <see cref="Version"/>.
/// </summary>
/// <param name="Current">The last rendering that succeeded; null when none has yet.</param>
/// <param name="Diagnostics">The latest render's diagnostics: its errors explain why <see cref="Current"/> is older.</param>
/// <param name="Elapsed">How long the latest refresh took, from reading the files to the HTML page.</param>
internal sealed record PreviewState(
    int Version,
    EditionRendering? Current,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    EarlierEdition? Earlier,
    EditionMarks Marks)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>The edition of a git revision shown beside the file on disk.</summary>
internal sealed record EarlierEdition(string Revision, EditionOutcome Outcome);
