using System.Text.Json.Nodes;

namespace Prikaz.Amendments;

/// <summary>
/// A unit as the alignment sees it: its number in its edition, its stable id, its content (to find units
/// that did not change at all) and its words, counted only for units that did change.
/// </summary>
internal sealed class AlignedUnit(string number, string? id, JsonNode content, Func<IReadOnlyDictionary<string, int>> words)
{
    private readonly Lazy<IReadOnlyDictionary<string, int>> counted = new(words);

    public string Number { get; } = number;

    public string? Id { get; } = id;

    public JsonNode Content { get; } = content;

    public IReadOnlyDictionary<string, int> Words => counted.Value;

    /// <summary>The same unit, unchanged and in the same place: no similarity needs computing.</summary>
    public bool IsUnchanged(AlignedUnit other) => Number == other.Number && Id == other.Id && JsonNode.DeepEquals(Content, other.Content);
}

/// <summary>One step of an alignment: a pair, an old unit without a partner, or a new one.</summary>
internal readonly record struct AlignmentStep(int? Old, int? New);

/// <summary>
/// Aligns the units of one group (the items of a section, the points of the order …) of two editions,
/// preserving order: a weighted longest common subsequence. A greedy best match is wrong here — on the
/// Chelyabinsk roadmap it paired 3.1 with 3.4's text once 3.1 was removed; an alignment cannot cross.
/// Pairs: units with the same id always, units with different ids never; otherwise units that read
/// alike (similarity at least <see cref="Threshold"/>), and a unit and the one that took its number in the
/// same place (a restatement), weighed so that the alignment explains the new edition with as little
/// renumbering as the texts allow (<see cref="Score"/>).
/// </summary>
internal static class UnitAlignment
{
    /// <summary>Units with fewer words in common are not taken for edits of each other.</summary>
    public const double Threshold = 0.5;

    /// <summary>A group larger than this (old × new units) is not compared: no real roadmap comes near it.</summary>
    public const long MaxPairs = 4_000_000;

    public static IReadOnlyList<AlignmentStep> Align(IReadOnlyList<AlignedUnit> olds, IReadOnlyList<AlignedUnit> news)
    {
        // Unchanged units at either end pair off at once; only the middle, where edits are, is aligned.
        var head = 0;
        while (head < olds.Count && head < news.Count && olds[head].IsUnchanged(news[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < olds.Count - head && tail < news.Count - head && olds[^(tail + 1)].IsUnchanged(news[^(tail + 1)]))
        {
            tail++;
        }

        var steps = new List<AlignmentStep>(olds.Count + news.Count);
        steps.AddRange(Enumerable.Range(0, head).Select(i => new AlignmentStep(i, i)));
        steps.AddRange(AlignMiddle(olds, news, head, olds.Count - tail, news.Count - tail));
        steps.AddRange(Enumerable.Range(0, tail).Select(k => new AlignmentStep(olds.Count - tail + k, news.Count - tail + k)));
        return steps;
    }

    private static List<AlignmentStep> AlignMiddle(IReadOnlyList<AlignedUnit> olds, IReadOnlyList<AlignedUnit> news, int from, int oldTo, int newTo)
    {
        var m = oldTo - from;
        var n = newTo - from;
        if ((long)m * n > MaxPairs)
        {
            throw new ComparisonTooLargeException(olds.Count, news.Count);
        }

        var score = new double?[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                score[i, j] = Score(olds[from + i], news[from + j]);
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
                steps.Add(new AlignmentStep(from + a - 1, from + b - 1));
                a--;
                b--;
            }
            else if (b > 0 && best[a, b] == best[a, b - 1])
            {
                steps.Add(new AlignmentStep(null, from + b - 1));
                b--;
            }
            else
            {
                steps.Add(new AlignmentStep(from + a - 1, null));
                a--;
            }
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>
    /// What pairing two units gains over leaving both unpaired (one exclusion and one addition, gain 0).
    /// A unit edited in place gains 2, a unit restated in its own place 0.5. A unit that reads alike but
    /// has another number gains from 0 (similarity at the threshold) to 1 (the same words): a renumbering
    /// is believed only where near-identical texts moved — a removal that shifted the numbers after it —
    /// and not where an item merely resembles its neighbour, as items of one section with the same
    /// parties and deadlines do. Similarity breaks ties.
    /// </summary>
    private static double? Score(AlignedUnit old, AlignedUnit @new)
    {
        if (old.Id is not null && @new.Id is not null)
        {
            return old.Id == @new.Id ? 1000 : null;
        }

        var similarity = TextSimilarity.Of(old.Words, @new.Words);
        var sameNumber = old.Number == @new.Number;
        var tie = similarity / 100;
        return (similarity >= Threshold, sameNumber) switch
        {
            (true, true) => 2 + tie,
            (true, false) => (2 * similarity) - 1 + tie,
            (false, true) => 0.5 + tie,
            _ => null,
        };
    }
}
