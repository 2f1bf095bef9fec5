using System.Globalization;
using System.Text.RegularExpressions;

namespace Prikaz.Loading;

/// <summary>
/// Characters a value may not hold, and where a quoted scalar wrote them. A double-quoted YAML scalar
/// can spell any code point as an escape (<c>"\u0001"</c>, <c>"\uFFFE"</c>, <c>"\x07"</c>); the file
/// itself is then clean text, yet the value holds a character that no document can carry (XML, and so
/// DOCX and HTML, forbid it). Each is reported at the escape that wrote it, saying what it is.
/// </summary>
internal static partial class ForbiddenCharacter
{
    /// <summary>The first forbidden character of <paramref name="value"/> and its index, or null.</summary>
    public static (int Index, int CodePoint)? Find(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                return (i, value[i]);
            }

            if (char.IsHighSurrogate(value[i]))
            {
                i++;
                continue;
            }

            if (SourceText.IsForbidden(value[i]))
            {
                return (i, value[i]);
            }
        }

        return null;
    }

    /// <summary>What the character is, in Russian: «U+0001 (управляющий символ)».</summary>
    public static string Describe(int codePoint)
    {
        var what = codePoint switch
        {
            >= 0xD800 and <= 0xDFFF => "половина суррогатной пары UTF-16 без второй половины — это не символ",
            0xFFFE or 0xFFFF => "несимвол Юникода: такого символа нет ни в одном тексте",
            _ => "управляющий символ: он не печатается, и документ не может его содержать",
        };
        return string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} ({what})");
    }

    /// <summary>
    /// The index in <paramref name="text"/>, between <paramref name="start"/> and <paramref name="end"/>, of the
    /// escape that wrote <paramref name="codePoint"/> (<c>\x01</c>, <c>\u0001</c>, <c>\U00000001</c>, <c>\a</c>…);
    /// <paramref name="start"/> when none is found.
    /// </summary>
    public static int EscapeIndex(string text, int start, int end, int codePoint)
    {
        end = Math.Min(end, text.Length);
        foreach (Match escape in Escape().Matches(text[start..end]))
        {
            if (Value(escape) == codePoint)
            {
                return start + escape.Index;
            }
        }

        return start;
    }

    /// <summary>The first <c>\uD800</c>–<c>\uDFFF</c> escape between the indices that is not one half of a pair.</summary>
    public static (int Index, int CodePoint)? LoneSurrogateEscape(string text, int start, int end)
    {
        var escapes = Escape().Matches(text[start..Math.Min(end, text.Length)]).Select(m => (m.Index, Value: Value(m), m.Length)).ToList();
        for (var i = 0; i < escapes.Count; i++)
        {
            var (index, value, length) = escapes[i];
            var pairs = char.IsHighSurrogate((char)value) && value <= 0xFFFF && i + 1 < escapes.Count
                && escapes[i + 1].Index == index + length && escapes[i + 1].Value is >= 0xDC00 and <= 0xDFFF;
            if (pairs)
            {
                i++;
            }
            else if (value is >= 0xD800 and <= 0xDFFF)
            {
                return (start + index, value);
            }
        }

        return null;
    }

    private static int Value(Match escape)
    {
        var body = escape.Value[1..];
        return body[0] switch
        {
            'x' or 'u' or 'U' => int.Parse(body[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            '0' => 0,
            'a' => 0x07,
            'b' => 0x08,
            'v' => 0x0B,
            'f' => 0x0C,
            'e' => 0x1B,
            _ => -1,
        };
    }

    // YAML 1.2 5.7: the escapes of a double-quoted scalar that can write a forbidden character; «\\» is
    // matched too, so that the backslash of «\\x01» is not taken for the start of an escape.
    [GeneratedRegex(@"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0abvfe\\])")]
    private static partial Regex Escape();
}
