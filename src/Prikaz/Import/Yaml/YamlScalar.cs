using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Prikaz.Import.Yaml;

/// <summary>
/// How one string is written: plain where YAML reads it back as the same string, else double-quoted;
/// text with line breaks as a literal block (<c>|-</c>). Conservative on purpose: anything a YAML 1.1 or
/// 1.2 reader could take for a number, a boolean, a date or null is quoted.
/// </summary>
internal static partial class YamlScalar
{
    /// <summary>True when <paramref name="value"/> can stand plain in block context.</summary>
    public static bool IsPlainSafe(string value, bool inFlow = false)
    {
        if (value.Length == 0 || value != value.Trim() || value.Any(c => char.IsControl(c) || c == '\uFEFF'))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        if (inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
        {
            return false;
        }

        return !Typed().IsMatch(value);
    }

    /// <summary>The value as it stands after <c>key: </c> on one line (never a block scalar).</summary>
    public static string Inline(string value, bool inFlow = false) => IsPlainSafe(value, inFlow) ? value : Quoted(value);

    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>True when a literal block keeps <paramref name="value"/> exactly.</summary>
    public static bool FitsLiteralBlock(string value) =>
        value.Contains('\n') && !value.EndsWith('\n') && !value.StartsWith(' ') && !value.Split('\n').Any(l => l.EndsWith(' ') || l.StartsWith('\t')) &&
        !value.Any(c => char.IsControl(c) && c != '\n');

    /// <summary>
    /// <paramref name="value"/> broken at single spaces into lines of at most <paramref name="width"/>
    /// characters for a folded block (<c>&gt;-</c>), or null when folding would not read back exactly
    /// (line breaks, double or edge spaces, tabs) or the text fits on one line anyway.
    /// </summary>
    public static IReadOnlyList<string>? Fold(string value, int width)
    {
        if (value.Length <= width || value.Contains('\n') || value != value.Trim() || value.Contains("  ", StringComparison.Ordinal) ||
            value.Any(c => char.IsControl(c) || c is '\u00A0' or '\u2028' or '\u2029' or '\uFEFF'))
        {
            return null;
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines.Count > 1 ? lines : null;
    }

    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_,.:]*|\.\d+)([eE][-+]?\d+)?|[-+]?\.(inf|nan)|0x[0-9a-f]+|0o[0-7]+|\d{4}-\d\d?-\d\d?([Tt ].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Typed();
}
