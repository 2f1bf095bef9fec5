using System.Globalization;

namespace Prikaz.Preview;

/// <summary>Links that open a file at a line in the user's editor.</summary>
internal static class EditorLinks
{
    /// <summary>
    /// <c>vscode://file/&lt;absolute path&gt;:line:column</c>, which VS Code registers with the system
    /// (https://code.visualstudio.com/docs/configure/command-line#_opening-vs-code-with-urls).
    /// </summary>
    public static string VsCode(string fullPath, int line, int column)
    {
        var segments = fullPath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString);
        var path = string.Join('/', segments).TrimStart('/');
        return string.Create(CultureInfo.InvariantCulture, $"vscode://file/{path}:{Math.Max(line, 1)}:{Math.Max(column, 1)}");
    }
}
