using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// The first two steps of loading any YAML input: read the text (bounded size, strict UTF-8, no control
/// characters), then turn it into a JSON tree with the position of every value. Reports, never throws;
/// a document whose text could not be read has no root.
/// </summary>
internal static class YamlSource
{
    public static YamlDocument Read(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Read(path, displayPath, diagnostics);
        return text is null ? Empty(displayPath) : Parse(text, displayPath, diagnostics);
    }

    public static YamlDocument Read(Stream stream, string displayPath, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Read(stream, displayPath, diagnostics);
        return text is null ? Empty(displayPath) : Parse(text, displayPath, diagnostics);
    }

    public static YamlDocument Parse(string text, string displayPath, List<Diagnostic> diagnostics)
    {
        var checkedText = SourceText.Check(text, displayPath, diagnostics);
        if (checkedText is null)
        {
            return Empty(displayPath);
        }

        var document = YamlJsonReader.Read(checkedText, displayPath);
        diagnostics.AddRange(document.Diagnostics);
        return document;
    }

    /// <summary>Diagnostics in the order of the text: by line, then column.</summary>
    public static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private static YamlDocument Empty(string displayPath) =>
        new(null, new SourceMap(displayPath), new Dictionary<string, SourcePosition>(), []);
}
