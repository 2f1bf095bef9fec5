using System.Globalization;
using System.Text;
using Prikaz.Documents;

namespace Prikaz.Writers.Html;

/// <summary>CSS values written the same way on every machine: invariant numbers with at most two decimals.</summary>
internal static class Css
{
    /// <summary>A number such as <c>12.5</c> or <c>0</c>.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A length in millimetres, e.g. <c>12.5mm</c>.</summary>
    public static string Mm(double value) => Number(value) + "mm";

    /// <summary>A length in points, e.g. <c>14pt</c>.</summary>
    public static string Pt(double value) => Number(value) + "pt";

    /// <summary>
    /// A quoted CSS string. Everything but letters, digits, spaces, dashes and underscores is written as
    /// a CSS escape, so a font name can never close the string or the <c>&lt;style&gt;</c> element.
    /// </summary>
    public static string String(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value is ' ' or '-' or '_')
            {
                quoted.Append(rune.ToString());
            }
            else
            {
                quoted.Append('\\').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// The font stack for a family: Times New Roman falls back to the metric-compatible Liberation Serif
    /// (what the PDF writer uses), any family to the generic serif.
    /// </summary>
    public static string FontStack(string family) =>
        family == "Times New Roman"
            ? $"{String(family)}, {String("Liberation Serif")}, serif"
            : $"{String(family)}, serif";

    /// <summary>The class of a paragraph style: <c>s-</c> and the id, anything outside [A-Za-z0-9_-] made a dash.</summary>
    public static string StyleClass(string styleId)
    {
        var name = new StringBuilder("s-");
        foreach (var c in styleId)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return name.ToString();
    }

    /// <summary>The class that overrides a style's alignment.</summary>
    public static string AlignmentClass(Alignment alignment) => "align-" + TextAlign(alignment);

    /// <summary>The <c>text-align</c> value of an alignment.</summary>
    public static string TextAlign(Alignment alignment) => alignment switch
    {
        Alignment.Left => "left",
        Alignment.Center => "center",
        Alignment.Right => "right",
        Alignment.Justify => "justify",
        _ => throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null),
    };
}
