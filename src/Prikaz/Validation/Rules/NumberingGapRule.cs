using System.Globalization;
using Prikaz.Diagnostics;
using Prikaz.Numbering;

namespace Prikaz.Validation.Rules;

/// <summary>
/// Pinned numbers that skip one (Амур: 4.3, then 4.5 — there is no 4.4). A sub-number inserted by an
/// amendment (4.4.1) is not a gap; in a file with editions skipped sub-numbers (4.4, then 4.4.2) are.
/// An excluded unit keeps its place, so exclusions make no gaps either. A gap of the signed numbering
/// itself (a file with editions) is kept and reported as a warning.
/// </summary>
internal sealed class NumberingGapRule : IRule
{
    public string Code => "PRK002";

    public Severity Severity => Severity.Error;

    public string Title => "В закреплённой нумерации пропущен номер";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var group in context.NumberedGroups())
        {
            // Elements pinned outside their parent are PRK003's business; they do not break the sequence here.
            var previous = 0;
            var previousNumber = (string?)null;
            var lastSubNumber = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in group.Elements)
            {
                if (context.IsSigned && element.IsPinned && PinnedNumber.Below(element.Number, group.Prefix) is { Count: > 1 } below)
                {
                    // In a signed file an amendment inserts 4.4.1, 4.4.2 … after 4.4; PRK003 checks the place.
                    var parent = group.Prefix + string.Join('.', below.Take(below.Count - 1));
                    var expected = lastSubNumber.GetValueOrDefault(parent) + 1;
                    if (below[^1] > expected)
                    {
                        yield return new RuleFinding(element.NumberPointer,
                            $"после номера {previousNumber ?? parent} идёт {element.Number}: пропущен подномер {parent}.{expected.ToString(CultureInfo.InvariantCulture)}");
                    }

                    lastSubNumber[parent] = below[^1];
                    previousNumber = element.Number;
                    continue;
                }

                if (Ordinal(element.Number, group) is not { } ordinal)
                {
                    continue;
                }

                if (element.IsPinned && ordinal > previous + 1)
                {
                    var missing = ordinal == previous + 2
                        ? $"пропущен номер {Number(group, previous + 1)}"
                        : $"пропущены номера {Number(group, previous + 1)}–{Number(group, ordinal - 1)}";
                    var found = previousNumber is null
                        ? $"нумерация в {group.Parent} начинается с {element.Number}: {missing}"
                        : $"после номера {previousNumber} идёт {element.Number}: {missing}";
                    yield return context.IsSigned
                        ? new RuleFinding(element.NumberPointer, found + SignedOriginal.Kept, Severity.Warning)
                        : new RuleFinding(element.NumberPointer, found);
                }

                previous = ordinal;
                previousNumber = element.Number;
            }
        }
    }

    /// <summary>The place <paramref name="number"/> stands for in its group: the last component under the prefix, or the marker's place («в)» is 3).</summary>
    private static int? Ordinal(string number, NumberedGroup group)
    {
        if (group.HasMarkers)
        {
            return SubpointMarkers.Place(number, group.Style);
        }

        var prefix = group.Prefix;
        if (!number.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(number.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : null;
    }

    private static string Number(NumberedGroup group, int ordinal) => group.HasMarkers
        ? SubpointMarkers.Format(group.Style, ordinal) + ")"
        : group.Prefix + ordinal.ToString(CultureInfo.InvariantCulture);
}
