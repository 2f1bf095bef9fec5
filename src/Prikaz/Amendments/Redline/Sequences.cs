namespace Prikaz.Amendments.Redline;

/// <summary>
/// Merges two editions of a sequence (blocks, rows, paragraphs) in order: the longest common
/// subsequence of unchanged elements stays as it is; between two unchanged ones, neighbours that can be
/// compared are paired and merged, the others are deleted or inserted. Never a best match across the
/// sequence: the order of the text is the order of the changes.
/// </summary>
internal static class Sequences
{
    /// <summary>Longer sequences are not aligned by LCS (their product of lengths would cost too much); they are merged as one gap.</summary>
    private const long MaxCells = 4_000_000;

    /// <param name="key">Equal keys mean unchanged elements.</param>
    /// <param name="pairable">Whether a changed old element and a new one are versions of one another.</param>
    /// <param name="deleted">The old element marked deleted; null to leave it out.</param>
    public static IReadOnlyList<T> Merge<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new, Func<T, string> key, Func<T, T, bool> pairable,
        Func<T, T, T> merge, Func<T, T?> deleted, Func<T, T> inserted)
        where T : class
    {
        var a = old.Select(key).ToList();
        var b = @new.Select(key).ToList();
        var anchors = (long)a.Count * b.Count > MaxCells ? [] : CommonSubsequence(a, b);
        var result = new List<T>(Math.Max(old.Count, @new.Count));
        var (i, j) = (0, 0);
        foreach (var (x, y) in anchors.Append((old.Count, @new.Count)))
        {
            // The gap before the next unchanged pair.
            while (i < x || j < y)
            {
                if (i < x && j < y && pairable(old[i], @new[j]))
                {
                    result.Add(merge(old[i++], @new[j++]));
                }
                else if (i < x && (j == y || !Enumerable.Range(j, y - j).Any(k => pairable(old[i], @new[k]))))
                {
                    if (deleted(old[i++]) is { } gone)
                    {
                        result.Add(gone);
                    }
                }
                else
                {
                    result.Add(inserted(@new[j++]));
                }
            }

            if (x < old.Count)
            {
                result.Add(@new[y]);
                (i, j) = (x + 1, y + 1);
            }
        }

        return result;
    }

    private static List<(int Old, int New)> CommonSubsequence(List<string> a, List<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (x, y) = (0, 0);
        while (x < a.Count && y < b.Count)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                pairs.Add((x++, y++));
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }
}
