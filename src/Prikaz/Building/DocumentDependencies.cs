namespace Prikaz.Building;

/// <summary>
/// What a document's checks and templates read besides the document itself, the last time it was
/// checked and rendered: other documents (a progress file's roadmap, the roadmap's other progress files)
/// and folders whose files were listed, by path relative to the repository with '/'.
/// </summary>
public sealed record DocumentDependencies(IReadOnlyList<string> Documents, IReadOnlyList<string> Folders)
{
    public static DocumentDependencies None { get; } = new([], []);

    public bool IsEmpty => Documents.Count == 0 && Folders.Count == 0;

    /// <summary>Both sets together, sorted.</summary>
    public DocumentDependencies With(DocumentDependencies other) => new(
        [.. Documents.Union(other.Documents, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        [.. Folders.Union(other.Folders, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
