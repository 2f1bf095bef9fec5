using System.Security;

namespace Prikaz.Templating;

/// <summary>Turns multi-line text from YAML into markup lines separated by <c>&lt;br/&gt;</c>.</summary>
internal static class MarkupLines
{
    public static MarkupText Join(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new MarkupText(string.Empty);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return new MarkupText(string.Join("<br/>", lines.Select(line => SecurityElement.Escape(line))));
    }
}
