namespace Prikaz.Publishing;

/// <summary>Parses <c>--to docx,pdf,html</c> against the formats the program has writers for.</summary>
public static class OutputFormats
{
    /// <summary>The formats in the order given, without repeats; unknown names are returned in <paramref name="unknown"/>.</summary>
    public static IReadOnlyList<string> Parse(string value, IReadOnlyCollection<string> available, out IReadOnlyList<string> unknown)
    {
        var formats = value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(format => format.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        unknown = formats.Where(format => !available.Contains(format, StringComparer.Ordinal)).ToList();
        return formats.Where(format => available.Contains(format, StringComparer.Ordinal)).ToList();
    }
}
