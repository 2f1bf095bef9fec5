using System.Text;
using System.Text.RegularExpressions;

namespace Prikaz.Russian;

/// <summary>
/// Russian typographic clean-up of text a clerk typed: «ёлочки», en dashes, no double spaces, and
/// non-breaking spaces where a line must not break (after «№», inside «А.И. Кузнецов»).
/// </summary>
public static partial class Typography
{
    /// <summary>The non-breaking space (U+00A0).</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>
    /// The non-breaking hyphen (U+2011): a hyphen no line breaks after. Writers honour it their own way
    /// (DOCX <c>w:noBreakHyphen</c>, HTML a <c>nowrap</c> word, the PDF layout a hyphen glyph it never breaks at).
    /// </summary>
    public const char NoBreakHyphen = '\u2011';

    /// <summary>A registration number as printed: its hyphens never end a line («№ 02-/22/143» happened).</summary>
    public static string RegistrationNumber(string number) => number.Replace('-', NoBreakHyphen);

    /// <summary>Applies every rule of this class, in an order where none undoes another.</summary>
    public static string Apply(string text) =>
        NumberHyphens(NonBreakingSpaces(Quotes(Dashes(CollapseSpaces(text)))));

    /// <summary>
    /// The hyphens of a number after «№» become non-breaking: «№ 732‑П», «№ 01‑121/13‑01» never end a
    /// line at the hyphen, as the order's own registration number never does.
    /// </summary>
    public static string NumberHyphens(string text) =>
        NumberAfterSign().Replace(text, match => RegistrationNumber(match.Value));

    /// <summary>Runs of spaces become one space; line breaks are kept.</summary>
    public static string CollapseSpaces(string text) => SpaceRun().Replace(text, " ");

    /// <summary>A hyphen standing alone between words («ОО - школы») becomes an en dash («ОО – школы»).</summary>
    public static string Dashes(string text) => SpacedHyphen().Replace(text, " – ");

    /// <summary>
    /// Straight double quotes become «ёлочки»; quotes inside quotes become „лапки“. A quote opens
    /// after a space, a bracket or another opening quote, and closes otherwise.
    /// </summary>
    public static string Quotes(string text)
    {
        var result = new StringBuilder(text.Length);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '«' or '„':
                    depth++;
                    result.Append(c);
                    break;
                case '»' or '“':
                    depth = Math.Max(0, depth - 1);
                    result.Append(c);
                    break;
                case '"' when OpensQuote(result):
                    result.Append(depth == 0 ? '«' : '„');
                    depth++;
                    break;
                case '"':
                    result.Append(depth >= 2 ? '“' : '»');
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Non-breaking spaces after «№» («№ 27»), between a year and its word («2022 года», «2022 г.»)
    /// and between initials and surname in either order («А.И. Кузнецов», «Л.А. Закирову»,
    /// «Барабас А.А.»), so a number, a year or a name is never split across lines.
    /// </summary>
    public static string NonBreakingSpaces(string text)
    {
        text = NumberSign().Replace(text, "№" + NoBreakSpace);
        text = YearWord().Replace(text, NoBreakSpace.ToString());
        text = InitialsThenSurname().Replace(text, match =>
            match.Groups["first"].Value
            + (match.Groups["gap"].Length > 0 ? NoBreakSpace.ToString() : string.Empty)
            + match.Groups["second"].Value
            + NoBreakSpace);
        return SurnameThenInitials().Replace(text, NoBreakSpace.ToString());
    }

    private static bool OpensQuote(StringBuilder before)
    {
        if (before.Length == 0)
        {
            return true;
        }

        var previous = before[^1];
        return char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '«' or '„' or '–' or '—' or '-' or '/';
    }

    // The number itself: what follows «№» up to a space or punctuation that ends it.
    [GeneratedRegex(@"(?<=№[ \u00A0]*)[^\s,;:()«»]+")]
    private static partial Regex NumberAfterSign();

    [GeneratedRegex(" {2,}")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"(?<=\S) - (?=\S)")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"№[ \u00A0]*(?=\S)")]
    private static partial Regex NumberSign();

    // «2022 года», «2022 году», «2022 год», «2022 г.», «2025/2026 учебного года» stays as written.
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}])\d{4}) (?=(?:года|году|годом|год|г\.)(?![\p{L}]))")]
    private static partial Regex YearWord();

    // «Л.А.Закирову», «С. А. Губина», «А.И. Кузнецов»: one or two capital initials with dots, then a
    // capitalised word. The look-behind keeps abbreviations such as «ОО.» or «И.о.» out.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<first>\p{Lu}\.)(?:(?<gap>[ \u00A0]?)(?<second>\p{Lu}\.))?[ \u00A0]*(?=\p{Lu}\p{Ll})")]
    private static partial Regex InitialsThenSurname();

    [GeneratedRegex(@"(?<=\p{Lu}\p{Ll}+) +(?=\p{Lu}\.[ \u00A0]?\p{Lu}\.)")]
    private static partial Regex SurnameThenInitials();
}
