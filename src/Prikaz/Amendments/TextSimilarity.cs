namespace Prikaz.Amendments;

/// <summary>
/// How alike two units read: the Dice coefficient of their words (as multisets, case-folded), from 0
/// (no word in common) to 1 (the same words). Cheap, order-blind and good enough to tell an edited
/// item from a different one; the order of units is the alignment's business.
/// </summary>
internal static class TextSimilarity
{
    public static double Of(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 1;
        }

        var common = a.Sum(pair => b.TryGetValue(pair.Key, out var count) ? Math.Min(pair.Value, count) : 0);
        return 2.0 * common / total;
    }

    /// <summary>The words of <paramref name="texts"/> with their counts.</summary>
    public static Dictionary<string, int> Words(IEnumerable<string> texts)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var key = word.ToLowerInvariant();
                words[key] = words.GetValueOrDefault(key) + 1;
            }
        }

        return words;
    }
}
