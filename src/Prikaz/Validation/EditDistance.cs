namespace Prikaz.Validation;

/// <summary>Levenshtein distance, to suggest the id the author probably meant.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="word"/>, if it is close enough to be a typo.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates) =>
        candidates
            .Select(candidate => (Candidate: candidate, Distance: Between(word, candidate)))
            .Where(pair => pair.Distance <= Math.Max(1, Math.Min(3, pair.Candidate.Length / 3)))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();
}
