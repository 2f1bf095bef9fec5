using System.Globalization;
using System.Text;

namespace Prikaz.Reporting;

/// <summary>
/// A name as one line of a log: a file may be named with a line feed in it, and copied raw into a CI
/// log it would forge a line of its own (<c>::error …</c> included). Control characters are shown
/// escaped, as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\u001b</c>.
/// </summary>
public static class OneLine
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
