namespace Prikaz.Numbering;

/// <summary>Numbers an author pinned by hand («3.3» or «3.3.»).</summary>
public static class PinnedNumber
{
    /// <summary>The number without surrounding spaces and without a trailing dot: «3.3.» → «3.3».</summary>
    public static string Normalize(string number) => number.Trim().TrimEnd('.').TrimEnd();
}
