using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>Maps a printed column title to a column key: the built-in ones, else a custom key from the title.</summary>
internal static class ColumnKeys
{
    public static string? BuiltIn(string title)
    {
        var lower = PlainText.OneLine(title).ToLowerInvariant().Replace('ё', 'е');
        if (lower.Length == 0)
        {
            return null;
        }

        if (lower.StartsWith('№') || lower is "n" or "n п/п" or "номер" or "п/п" or "№№" || lower.StartsWith("№ п", StringComparison.Ordinal))
        {
            return "number";
        }

        if (lower.Contains("срок", StringComparison.Ordinal) || lower.StartsWith("дата", StringComparison.Ordinal) || lower.StartsWith("период", StringComparison.Ordinal))
        {
            return "deadline";
        }

        if (lower.Contains("ответствен", StringComparison.Ordinal) || lower.Contains("исполнител", StringComparison.Ordinal))
        {
            return "responsible";
        }

        if (lower.Contains("результат", StringComparison.Ordinal) || lower.Contains("итог", StringComparison.Ordinal))
        {
            return "result";
        }

        if (lower.Contains("целев", StringComparison.Ordinal) || lower.Contains("участник", StringComparison.Ordinal))
        {
            return "targetGroup";
        }

        if (lower.Contains("мероприят", StringComparison.Ordinal) || lower.StartsWith("наименование", StringComparison.Ordinal) || lower.StartsWith("содержание", StringComparison.Ordinal))
        {
            return "activity";
        }

        if (lower.StartsWith("примечан", StringComparison.Ordinal))
        {
            return "notes";
        }

        return null;
    }

    /// <summary>A custom column's key: the title transliterated in camelCase («Место проведения» → <c>mestoProvedeniya</c>).</summary>
    public static string Custom(string title, IEnumerable<string> taken)
    {
        var words = PlainText.Words(title).Select(Transliteration.Latin).Where(w => w.Length > 0).Take(3).ToList();
        var key = words.Count == 0 ? "column" : words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (!char.IsLetter(key[0]))
        {
            key = "c" + key;
        }

        var unique = key;
        var used = taken.ToHashSet(StringComparer.Ordinal);
        for (var n = 2; used.Contains(unique) || Column.BuiltInKeys.Contains(unique); n++)
        {
            unique = key + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
