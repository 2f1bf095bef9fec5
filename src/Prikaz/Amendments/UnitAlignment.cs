namespace Prikaz.Amendments;

/// <summary>A unit as the alignment sees it: its number in its edition, its stable id, its words.</summary>
internal sealed record AlignedUnit(string Number, string? Id, IReadOnlyDictionary<string, int> Words);

/// <summary>One step of an alignment: a pair, an old unit without a partner, or a new one.</summary>
internal readonly record struct AlignmentStep(int? Old, int? New);

/// <summary>
/// Aligns the units of one group (the items of a section, the points of the order …) of two editions,
/// preserving order: a weighted longest common subsequence. A greedy best match is wrong here — on the
/// Chelyabinsk roadmap it paired 3.1 with 3.4's text once 3.1 was removed; an alignment cannot cross.
/// Pairs: units with the same id always, units with different ids never; otherwise units that read
/// alike (similarity at least <see cref="Threshold"/>), preferring those that also keep their number; and,
/// where neither reads alike, a unit and the one that took its number in the same place — a restatement.
/// </summary>
internal static class UnitAlignment
{
    /// <summary>Units with fewer words in common are not taken for edits of each other.</summary>
    public const double Threshold = 0.5;

    /// <summary>A group larger than this (old × new units) is not compared: no real roadmap comes near it.</summary>
    public const long MaxPairs = 4_000_000;

    public static IReadOnlyList<AlignmentStep> Align(IReadOnlyList<AlignedUnit> olds, IReadOnlyList<AlignedUnit> news)
    {
        if ((long)olds.Count * news.Count > MaxPairs)
        {
            throw new ComparisonTooLargeException(olds.Count, news.Count);
        }

        var m = olds.Count;
        var n = news.Count;
        var score = new double?[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                score[i, j] = Score(olds[i], news[j]);
            }
        }

        var best = new double[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                var value = Math.Max(best[i - 1, j], best[i, j - 1]);
                if (score[i - 1, j - 1] is { } pair)
                {
                    value = Math.Max(value, best[i - 1, j - 1] + pair);
                }

                best[i, j] = value;
            }
        }

        // Walking back, an added unit is taken before a removed one, so that forwards a removal comes
        // first and the addition that takes its place follows it.
        var steps = new List<AlignmentStep>(m + n);
        int a = m, b = n;
        while (a > 0 || b > 0)
        {
            if (a > 0 && b > 0 && score[a - 1, b - 1] is { } pair && best[a, b] == best[a - 1, b - 1] + pair)
            {
                steps.Add(new AlignmentStep(a - 1, b - 1));
                a--;
                b--;
            }
            else if (b > 0 && best[a, b] == best[a, b - 1])
            {
                steps.Add(new AlignmentStep(null, b - 1));
                b--;
            }
            else
            {
                steps.Add(new AlignmentStep(a - 1, null));
                a--;
            }
        }

        steps.Reverse();
        return steps;
    }

    private static double? Score(AlignedUnit old, AlignedUnit @new)
    {
        if (old.Id is not null && @new.Id is not null)
        {
            return old.Id == @new.Id ? 1000 : null;
        }

        var similarity = TextSimilarity.Of(old.Words, @new.Words);
        var sameNumber = old.Number == @new.Number;
        if (similarity >= Threshold)
        {
            return 10 + similarity + (sameNumber ? 1 : 0);
        }

        return sameNumber ? 1 + similarity : null;
    }
}
