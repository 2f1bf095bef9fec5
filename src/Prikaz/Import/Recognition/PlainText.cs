using System.Text.RegularExpressions;

namespace Prikaz.Import.Recognition;

/// <summary>The normalisations every recogniser applies before it compares text.</summary>
internal static partial class PlainText
{
    /// <summary>
    /// Non-breaking and other odd spaces become plain spaces, runs of spaces one space, each line is
    /// trimmed; line breaks are kept. Prikaz's own typography puts the non-breaking spaces back on render.
    /// </summary>
    public static string Clean(string text)
    {
        var spaced = text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ').Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Replace('\t', ' ').Replace("\r", string.Empty, StringComparison.Ordinal);
        var lines = spaced.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return string.Join('\n', lines).Trim('\n');
    }

    /// <summary>One line: every line break becomes a space.</summary>
    public static string OneLine(string text) => Spaces().Replace(Clean(text).Replace('\n', ' '), " ").Trim();

    /// <summary>Only the letters, lower case: «П Р И К А З» and «**ПРИКАЗ**» both give «приказ».</summary>
    public static string LettersOnly(string text) =>
        new string(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray()).Replace('ё', 'е');

    /// <summary>A key for comparing names: letters and digits only, lower case, ё as е.</summary>
    public static string Key(string text) =>
        new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()).Replace('ё', 'е');

    /// <summary>Words of a name for comparison: quotes and punctuation dropped, lower case.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('ё', 'е')).Select(m => m.Value).ToList();

    /// <summary>True when «…» or "…" quotes are unbalanced: a name cut short at a cell's or page's edge.</summary>
    public static bool HasOpenQuote(string text) => text.Count(c => c == '«') > text.Count(c => c == '»');

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
