using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Prikaz.Building;

/// <summary>
/// One part of a build split for a CI matrix (<c>--shard 2/4</c>, 1-based). A roadmap belongs to the
/// shard chosen by a stable hash of its repository-relative path, so its shard never depends on which
/// other files exist, the machine, or the order files were listed in.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole build as one shard.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Reads <c>I/N</c> with 1 ≤ I ≤ N.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        shard = All;
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ||
            count < 1 || index < 1 || index > count)
        {
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    /// <summary>True when the roadmap at <paramref name="source"/> (repository-relative, '/') is built by this shard.</summary>
    public bool Contains(string source)
    {
        if (Count == 1)
        {
            return true;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)Count) == Index - 1;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
