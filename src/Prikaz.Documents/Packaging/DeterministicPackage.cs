using System.IO.Compression;

namespace Prikaz.Documents.Packaging;

/// <summary>
/// Rewrites an Open XML package (DOCX, XLSX) so identical documents give identical bytes: the
/// packaging library stamps zip entries with the current local time, so every entry gets 1980-01-01
/// 00:00 (the earliest DOS time) and the entries are written in a fixed order, <c>[Content_Types].xml</c>
/// first. Shared by the writers of package formats.
/// </summary>
public static class DeterministicPackage
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
