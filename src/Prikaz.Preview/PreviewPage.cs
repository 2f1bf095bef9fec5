using System.Net;
using System.Text;

namespace Prikaz.Preview;

/// <summary>
/// The page around the document — tabs, downloads, the overlay of problems, the source panel — and its
/// script and stylesheet, all built into the assembly. All its text is Russian.
/// </summary>
internal static class PreviewPage
{
    public static byte[] Script { get; } = Resource("preview.js");

    public static byte[] Stylesheet { get; } = Resource("preview.css");

    private static string Shell { get; } = Encoding.UTF8.GetString(Resource("preview.html"));

    /// <summary>
    /// The page shown before any rendering succeeded: the document's frame holds it until the first
    /// good version replaces its content in place.
    /// </summary>
    public static byte[] Empty { get; } = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Документ не собран</title>\n<style></style>\n</head>\n<body>\n<main></main>\n</body>\n</html>\n");

    /// <summary>The page for a document titled <paramref name="title"/>; <paramref name="revision"/> opens the second pane.</summary>
    public static byte[] For(string title, string file, string? revision) => Encoding.UTF8.GetBytes(Shell
        .Replace("%TITLE%", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
        .Replace("%FILE%", WebUtility.HtmlEncode(file), StringComparison.Ordinal)
        .Replace("%REVISION%", WebUtility.HtmlEncode(revision ?? string.Empty), StringComparison.Ordinal));

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PreviewPage).Assembly.GetManifestResourceStream("Prikaz.Preview.Page." + name)
            ?? throw new InvalidOperationException($"The preview page resource {name} is not built in.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
