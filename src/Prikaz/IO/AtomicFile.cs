using System.Text;
using System.Text.RegularExpressions;

namespace Prikaz.IO;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete file:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
/// file is renamed over the target. A failed or killed run leaves the previous file untouched.
/// </summary>
public static partial class AtomicFile
{
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes through <paramref name="write"/> into a temporary file, then renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Writes several files as one set: every file goes to its temporary file first, and only when all
    /// of them are written and flushed are they renamed over their targets. A failure while writing
    /// (a full disk, no access) leaves every previous file as it was, so the set is never mixed.
    /// </summary>
    public static void WriteSet(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var pending = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
                pending.Add((temporary, target));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temporary, target) in pending)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in pending)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }

    /// <summary>
    /// Deletes the temporary files (<c>.name.&lt;guid&gt;.tmp</c>) a killed run left in <paramref name="folder"/>;
    /// call it before writing there. Returns how many were removed.
    /// </summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (TemporaryName().IsMatch(Path.GetFileName(path)))
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
