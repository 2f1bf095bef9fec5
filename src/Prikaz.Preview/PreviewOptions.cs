namespace Prikaz.Preview;

/// <summary>What <see cref="PreviewServer"/> shows and where it listens.</summary>
/// <param name="Document">The document file, as the user named it (diagnostics name it so).</param>
/// <param name="TemplateLayers">The template folder's layers, top first (<c>TemplateFolder.Layers</c>): re-read after every change.</param>
public sealed record PreviewOptions(string Document, IReadOnlyList<string> TemplateLayers)
{
    /// <summary>The default port; 0 asks the system for a free one.</summary>
    public const int DefaultPort = 5170;

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>A git revision whose edition of <see cref="Document"/> is shown beside the file on disk; null shows the file alone.</summary>
    public string? FromRevision { get; init; }

    /// <summary>
    /// Marks the changed units of the two editions when <see cref="FromRevision"/> is set; null marks
    /// nothing (the panes are shown side by side without highlighting).
    /// </summary>
    public EditionMarker? Marker { get; init; }

    /// <summary>The marks of the amendments' diff: what <c>prikaz diff</c> lists, highlighted in the two panes.</summary>
    public static EditionMarker AmendmentMarks { get; } = DiffMarks.Of;

    /// <summary>
    /// How long the files must stay quiet before the document is rendered again: an editor saves in
    /// several steps (a temporary file, then a rename), and the half-written file is not worth a render.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Told (in Russian) what every refresh gave: a new version, or errors.</summary>
    public Action<string>? Log { get; init; }
}
