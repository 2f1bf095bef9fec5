using System.Globalization;

namespace Prikaz.Numbering;

/// <summary>Numbers an author pinned by hand («3.3» or «3.3.»).</summary>
public static class PinnedNumber
{
    /// <summary>The number without surrounding spaces and without a trailing dot: «3.3.» → «3.3».</summary>
    public static string Normalize(string number) => number.Trim().TrimEnd('.').TrimEnd();

    /// <summary>
    /// The components of <paramref name="number"/> below <paramref name="prefix"/> («4.4.1» under «4.» →
    /// [4, 1]), or null when the number does not sit under the prefix or a component is not a number.
    /// </summary>
    public static IReadOnlyList<int>? Below(string number, string prefix)
    {
        if (!number.StartsWith(prefix, StringComparison.Ordinal) || number.Length == prefix.Length)
        {
            return null;
        }

        var components = new List<int>();
        foreach (var part in number[prefix.Length..].Split('.'))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            components.Add(value);
        }

        return components;
    }

    /// <summary>
    /// True for a sub-number under <paramref name="prefix"/>: «4.4.1» among the items of section 4, the
    /// number an amendment gives to an item inserted between 4.4 and 4.5 (as federal acts insert
    /// «статья 12.1»). A sub-numbered sibling takes no place in the derived numbering, so 4.5 stays 4.5.
    /// </summary>
    public static bool IsSubNumber(string number, string prefix) => Below(number, prefix) is { Count: > 1 };
}
