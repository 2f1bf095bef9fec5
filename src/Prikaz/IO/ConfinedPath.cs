namespace Prikaz.IO;

/// <summary>
/// Real paths and confinement to a folder. A name such as <c>partials/etc/hostname</c> may pass through
/// a folder link (<c>partials/etc → /etc</c>), and a file may itself be a link; comparing the text of
/// paths sees neither. Every component is resolved here the way the operating system follows it, so
/// what is checked is exactly the file that is then opened: open the path this class returns.
/// </summary>
public static class ConfinedPath
{
    // The kernel gives up after 40 links (ELOOP); a loop of links has no real path at all.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The real path of <paramref name="path"/>: absolute, every link of a file or folder on the way
    /// resolved, <c>.</c> and <c>..</c> applied after resolving (as the kernel does). The components
    /// that do not exist are kept as written. Null when the links form a loop.
    /// </summary>
    public static string? Real(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new List<string>(Components(absolute[root.Length..]));
        pending.Reverse(); // a stack: the next component is the last element
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The link's target replaces it: absolute from its own root, relative from the link's folder.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            var parts = Components(target);
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                pending.Add(parts[i]);
            }
        }

        return current;
    }

    /// <summary>
    /// The real path of <paramref name="relativeName"/> inside <paramref name="realRoot"/> (itself a real
    /// path, see <see cref="Real"/>), or null when the name is absolute, empty, has a NUL, or its real
    /// path leaves the root. The file need not exist.
    /// </summary>
    public static string? Inside(string realRoot, string relativeName)
    {
        if (string.IsNullOrWhiteSpace(relativeName) || Path.IsPathRooted(relativeName) || relativeName.Contains('\0'))
        {
            return null;
        }

        return Real(Path.Combine(realRoot, relativeName)) is { } real && IsWithin(realRoot, real) ? real : null;
    }

    /// <summary>True when the real path <paramref name="realPath"/> is <paramref name="realRoot"/> or below it.</summary>
    public static bool IsWithin(string realRoot, string realPath)
    {
        var root = Path.TrimEndingDirectorySeparator(realRoot);
        if (realPath == root)
        {
            return true;
        }

        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return realPath.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string[] Components(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: treat as a plain component; opening it fails later with a clear message.
            return null;
        }
    }
}
