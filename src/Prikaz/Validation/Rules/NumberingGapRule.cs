using System.Globalization;
using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>Pinned numbers that skip one (Амур: 4.3, then 4.5 — there is no 4.4).</summary>
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
            foreach (var element in group.Elements)
            {
                if (Ordinal(element.Number, group.Prefix) is not { } ordinal)
                {
                    continue;
                }

                if (element.IsPinned && ordinal > previous + 1)
                {
                    var missing = ordinal == previous + 2
                        ? $"пропущен номер {Number(group.Prefix, previous + 1)}"
                        : $"пропущены номера {Number(group.Prefix, previous + 1)}–{Number(group.Prefix, ordinal - 1)}";
                    yield return new RuleFinding(element.NumberPointer, previousNumber is null
                        ? $"нумерация в {group.Parent} начинается с {element.Number}: {missing}"
                        : $"после номера {previousNumber} идёт {element.Number}: {missing}");
                }

                previous = ordinal;
                previousNumber = element.Number;
            }
        }
    }

    /// <summary>The last component of <paramref name="number"/> when it sits directly under <paramref name="prefix"/>.</summary>
    private static int? Ordinal(string number, string prefix)
    {
        if (!number.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(number.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : null;
    }

    private static string Number(string prefix, int ordinal) => prefix + ordinal.ToString(CultureInfo.InvariantCulture);
}
