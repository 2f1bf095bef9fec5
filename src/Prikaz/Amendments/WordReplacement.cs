namespace Prikaz.Amendments;

/// <summary>
/// The words of a replaceWords change: the smallest span of whole words of the signed text that
/// differs, quoted exactly as signed (line breaks and all), and the words that replace it. A span is
/// widened word by word until it occurs once in the signed text, so «слова «…» заменить» is never
/// ambiguous, and until applying it gives the new text exactly.
/// </summary>
internal static class WordReplacement
{
    /// <summary>The span of the signed text (<paramref name="Old"/>) and its replacement (<paramref name="New"/>, empty when the words are removed).</summary>
    public sealed record Span(string Old, string New)
    {
        /// <summary>How many words of the signed text the change replaces.</summary>
        public int OldWordCount => Old.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>The span that turns <paramref name="oldText"/> into <paramref name="newText"/>, or null when no quotable span does (they differ in spacing only).</summary>
    public static Span? Between(string oldText, string newText)
    {
        var a = Tokens(oldText);
        var b = Tokens(newText);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && Word(oldText, a[prefix]) == Word(newText, b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix
               && Word(oldText, a[a.Count - 1 - suffix]) == Word(newText, b[b.Count - 1 - suffix]))
        {
            suffix++;
        }

        if (prefix == a.Count && prefix == b.Count)
        {
            return null;
        }

        var from = prefix;
        var oldTo = a.Count - suffix;
        var newTo = b.Count - suffix;
        while (true)
        {
            if (from == oldTo)
            {
                // Words only added: quote a neighbouring word of the signed text, so the change names a place in it.
                if (from > 0)
                {
                    from--;
                }
                else if (oldTo < a.Count)
                {
                    oldTo++;
                    newTo++;
                }
                else
                {
                    return null;
                }
            }

            var span = new Span(Slice(oldText, a, from, oldTo), Slice(newText, b, from, newTo));
            if (Apply(oldText, span) == newText)
            {
                return span;
            }

            if (oldTo < a.Count)
            {
                oldTo++;
                newTo++;
            }
            else if (from > 0)
            {
                from--;
            }
            else
            {
                return null;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with the one whole-word occurrence of <see cref="Span.Old"/> replaced; removed
    /// words take one adjoining space with them. Null when the words do not occur exactly once.
    /// </summary>
    public static string? Apply(string text, Span span)
    {
        var at = Occurrences(text, span.Old);
        if (at.Count != 1)
        {
            return null;
        }

        var start = at[0];
        var end = start + span.Old.Length;
        if (span.New.Length == 0)
        {
            if (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            else if (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
        }

        return string.Concat(text.AsSpan(0, start), span.New, text.AsSpan(end));
    }

    /// <summary>Where <paramref name="words"/> occurs in <paramref name="text"/> starting and ending at word boundaries.</summary>
    public static IReadOnlyList<int> Occurrences(string text, string words)
    {
        var found = new List<int>();
        if (words.Length == 0)
        {
            return found;
        }

        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || char.IsWhiteSpace(text[at - 1])) && (end == text.Length || char.IsWhiteSpace(text[end])))
            {
                found.Add(at);
            }
        }

        return found;
    }

    private static List<(int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i));
            }
        }

        return tokens;
    }

    private static string Word(string text, (int Start, int End) token) => text[token.Start..token.End];

    private static string Slice(string text, List<(int Start, int End)> tokens, int from, int to) =>
        from == to ? string.Empty : text[tokens[from].Start..tokens[to - 1].End];
}
