namespace Prikaz.Loading;

/// <summary>
/// Which document files and folders one piece of work read — through a workspace (cached loads
/// included), the loader directly, or a folder listing (the progress files of a roadmap) — so a build
/// knows what a document's checks and templates were made from besides the document itself. Recorded
/// per flow of work (an <see cref="AsyncLocal{T}"/>), so the threads of a parallel build record apart.
/// </summary>
public sealed class DocumentReads
{
    private static readonly AsyncLocal<DocumentReads?> Current = new();

    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);

    /// <summary>Full paths of the document files read or looked for.</summary>
    public IReadOnlySet<string> Files => files;

    /// <summary>Full paths of the folders whose files were listed.</summary>
    public IReadOnlySet<string> Folders => folders;

    /// <summary>Runs <paramref name="work"/> and returns its result with what it read.</summary>
    public static (T Result, DocumentReads Read) Recording<T>(Func<T> work)
    {
        var outer = Current.Value;
        var reads = new DocumentReads();
        Current.Value = reads;
        try
        {
            return (work(), reads);
        }
        finally
        {
            Current.Value = outer;
            if (outer is not null)
            {
                outer.files.UnionWith(reads.files);
                outer.folders.UnionWith(reads.folders);
            }
        }
    }

    /// <summary>Notes that the document file at <paramref name="path"/> is read (or looked for).</summary>
    public static void Note(string path) => Current.Value?.files.Add(Path.GetFullPath(path));

    /// <summary>Notes that the files of <paramref name="folder"/> are listed.</summary>
    public static void NoteFolder(string folder) => Current.Value?.folders.Add(Path.GetFullPath(folder));
}
