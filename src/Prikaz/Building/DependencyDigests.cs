using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Prikaz.IO;
using Prikaz.Loading;

namespace Prikaz.Building;

/// <summary>
/// The digest of what a document depends on (<see cref="DocumentDependencies"/>) as those files and
/// folders are now: each document's SHA-256 (or its absence) and each folder's <c>*.yaml</c> names. One
/// per build; each file is hashed once, the build's own documents not at all (their hashes are known).
/// Thread-safe.
/// </summary>
internal sealed class DependencyDigests
{
    private readonly string root;
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);

    /// <param name="root">The repository the paths are relative to.</param>
    /// <param name="known">The build's documents by full path, with their SHA-256.</param>
    public DependencyDigests(string root, IEnumerable<(string FullPath, string Sha256)> known)
    {
        this.root = Path.GetFullPath(root);
        foreach (var (fullPath, sha256) in known)
        {
            hashes[fullPath] = sha256;
        }
    }

    /// <summary>The dependencies of the document at <paramref name="self"/> in <paramref name="read"/>, by repository path.</summary>
    public DocumentDependencies Of(DocumentReads read, string self) => new(
        [.. read.Files.Where(file => file != self).Select(Relative).Order(StringComparer.Ordinal)],
        [.. read.Folders.Select(Relative).Order(StringComparer.Ordinal)]);

    /// <summary>The documents at <paramref name="paths"/> other than <paramref name="self"/> (full paths), by repository path.</summary>
    public DocumentDependencies Of(IEnumerable<string> paths, string self) => new(
        [.. paths.Select(Path.GetFullPath).Where(file => file != self).Distinct(StringComparer.Ordinal).Select(Relative).Order(StringComparer.Ordinal)],
        []);

    /// <summary>The digest of <paramref name="dependencies"/> as they are now; null when there are none.</summary>
    public string? Of(DocumentDependencies dependencies)
    {
        if (dependencies.IsEmpty)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var document in dependencies.Documents)
        {
            text.Append("document ").Append(document).Append(' ').Append(Hash(Full(document))).Append('\n');
        }

        foreach (var folder in dependencies.Folders)
        {
            var full = Full(folder);
            IEnumerable<string?> names = Directory.Exists(full)
                ? Directory.EnumerateFiles(full, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)
                : ["(absent)"];
            text.Append("folder ").Append(folder).Append(": ").AppendJoin(',', names).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private string Hash(string fullPath) => hashes.GetOrAdd(fullPath, path =>
    {
        try
        {
            return ContentHash.Sha256(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "absent";
        }
    });

    private string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private string Full(string relative) => Path.GetFullPath(Path.Combine(root, relative));
}
