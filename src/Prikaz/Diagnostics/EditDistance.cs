namespace Prikaz.Diagnostics;

/// <summary>
/// «Возможно, имелось в виду …» for misspelt keys, party ids and authority ids: the optimal string
/// alignment distance (Damerau–Levenshtein without repeated edits of one substring), so a swap of two
/// letters — the commonest slip — costs one edit, not two.
/// </summary>
internal static class EditDistance
{
    /// <summary>
    /// The candidate closest to <paramref name="word"/>, or null when none is plausibly meant; of
    /// candidates equally close, the first in ordinal order, so the answer never depends on the order
    /// they are listed in.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var normalised = Normalise(word);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(normalised, Normalise(candidate));
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Within a third of the word typed (at least one edit): "titel" → "title", not "kind" → "name".
        return bestDistance <= Math.Max(1, word.Length / 3) ? best : null;
    }

    /// <summary>Case and separators are not typos: "Full_Name" is meant as "fullName", "RCOKO" as "rcoko".</summary>
    private static string Normalise(string word) =>
        new(word.Where(c => c is not '_' and not '-' and not ' ').Select(char.ToLowerInvariant).ToArray());

    /// <summary>The optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
