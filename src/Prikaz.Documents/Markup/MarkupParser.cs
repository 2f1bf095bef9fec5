namespace Prikaz.Documents.Markup;

/// <summary>
/// Reads document markup — the closed XHTML subset described in <c>Markup/README.md</c> — into a
/// <see cref="Document"/>. Never throws on bad markup: problems come back as <see cref="MarkupDiagnostic"/>s.
/// </summary>
public static class MarkupParser
{
    /// <summary>Parses <paramref name="markup"/>.</summary>
    /// <param name="markup">The markup text.</param>
    /// <param name="styles">The style sheet the document will use; <c>style</c> attributes must name its ids.</param>
    /// <param name="resolveImage">
    /// Loads the picture for an <c>img</c>/<c>qr</c> <c>src</c> that is not a <c>data:</c> URI
    /// (for example a path inside the authority profile); returns <c>null</c> when there is no such image,
    /// or a refusal with its reason. Without it only data URIs work. Every picture, from either source,
    /// must pass <see cref="Pictures.PictureCheck"/>.
    /// </param>
    public static MarkupResult Parse(string markup, StyleSheet styles, Func<string, ImageLookup?>? resolveImage = null)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(styles);
        return new MarkupReader(styles, resolveImage).Read(markup);
    }
}
