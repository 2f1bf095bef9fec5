namespace Prikaz.Validation;

/// <summary>How messages quote the author's text: in «ёлочки», on one line, shortened when long.</summary>
internal static class Quoted
{
    private const int MaxLength = 60;

    public static string Text(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= MaxLength)
        {
            return $"«{oneLine}»";
        }

        // Cut at a word boundary so the message never shows half a word.
        var cut = oneLine.LastIndexOf(' ', MaxLength);
        return $"«{oneLine[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd()}…»";
    }
}
