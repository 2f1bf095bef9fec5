using System.Collections.Concurrent;
using Prikaz.Loading;
using Prikaz.Templating;

namespace Prikaz.Kinds;

/// <summary>
/// The documents one run can see, as the checks see them: a document resolves another one by a path
/// relative to its own file (an amendment names the order it amends, a progress file its roadmap),
/// and never outside <see cref="Root"/>. Each file is loaded once per workspace, whoever asks first;
/// thread-safe, so a parallel build shares one.
/// </summary>
public sealed class DocumentWorkspace
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedDocument>> loaded = new(StringComparer.Ordinal);

    /// <param name="root">The folder documents may refer to each other within: the repository, or the folder of the files given.</param>
    /// <param name="templates">The templates and data (profiles, production calendars) the run uses.</param>
    public DocumentWorkspace(string root, DocumentKinds kinds, TemplateFolder templates)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        Kinds = kinds;
        Templates = templates;
    }

    public string Root { get; }

    public DocumentKinds Kinds { get; }

    public TemplateFolder Templates { get; }

    /// <summary>The document at <paramref name="path"/>, loaded on first request; diagnostics name it as <paramref name="displayPath"/> (default: as given).</summary>
    public LoadedDocument Load(string path, string? displayPath = null)
    {
        var full = Path.GetFullPath(path);
        DocumentReads.Note(full);
        return loaded.GetOrAdd(full, _ => new Lazy<LoadedDocument>(() => DocumentLoader.Load(full, displayPath ?? path, Kinds))).Value;
    }

    /// <summary>
    /// The document <paramref name="reference"/> names, relative to the folder of <paramref name="from"/>;
    /// null when the reference leaves the workspace.
    /// </summary>
    public LoadedDocument? Open(LoadedDocument from, string reference)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(from.Path)) ?? Root;
        var full = Path.GetFullPath(Path.Combine(folder, reference));
        if (Path.IsPathRooted(reference) || !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var display = Path.Combine(Path.GetDirectoryName(from.Path) ?? string.Empty, reference).Replace('\\', '/');
        return Load(full, display);
    }
}
