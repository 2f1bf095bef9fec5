namespace Prikaz.Writers.Pdf;

/// <summary>Settings of the <see cref="PdfWriter"/>.</summary>
/// <param name="FontFolder">
/// Folder with LiberationSerif-Regular.ttf, -Bold, -Italic and -BoldItalic (the repository's
/// <c>templates/fonts</c>). Fonts are read from these files only; no system fonts are used.
/// </param>
public sealed record PdfWriterOptions(string FontFolder)
{
    /// <summary>Embed only the glyphs the document uses (default). Off embeds the fonts whole, about 400 KB each.</summary>
    public bool SubsetFonts { get; init; } = true;

    /// <summary>
    /// Told (in Russian) when HarfBuzz cannot subset a face and it is embedded whole; the document is
    /// still written. A command-line program prints it as a warning.
    /// </summary>
    public Action<string>? Notice { get; init; }

    /// <summary>
    /// The file identifier written as the trailer's <c>/ID</c> (both halves), at most 32 bytes; null (the
    /// default) writes none. PDF viewers recognise a document again by it: the live preview derives it from
    /// the roadmap's path, so a viewer keeps its page and zoom when an edit changes the content.
    /// </summary>
    public ReadOnlyMemory<byte>? FileIdentifier { get; init; }
}
