using System.Net;
using System.Text.RegularExpressions;

namespace Prikaz.Import.Text;

/// <summary>
/// HTML fragments that e-mail and web copies leave inside table cells: <c>&lt;p&gt;</c> paragraphs become
/// lines, list items («&lt;ul&gt;- a;- b») become one entry a line, every other tag is dropped and
/// entities are decoded.
/// </summary>
internal static partial class HtmlCellText
{
    public static bool HasMarkup(string text) => Tag().IsMatch(text);

    public static string ToText(string cell)
    {
        if (!HasMarkup(cell))
        {
            return cell;
        }

        var text = Break().Replace(cell, "\n");
        text = ParagraphEnd().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = ListStart().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).SelectMany(SplitRunTogetherEntries);
        return string.Join('\n', lines);
    }

    /// <summary>«- a;- b;- c» (a list flattened by the export) into one entry a line.</summary>
    private static IEnumerable<string> SplitRunTogetherEntries(string line) =>
        line.StartsWith('-') || line.StartsWith('–') ? RunTogether().Split(line).Select(l => l.Trim()) : [line];

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"</p\s*>|</li\s*>|</div\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"<li[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<(ul|ol)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListStart();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=;)\s*(?=[-–]\s)")]
    private static partial Regex RunTogether();
}
