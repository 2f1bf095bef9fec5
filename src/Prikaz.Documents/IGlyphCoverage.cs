namespace Prikaz.Documents;

/// <summary>
/// Which characters a document format can show. A writer whose fonts lack glyphs (the PDF writer: a
/// character no shipped font has, or a script its layout cannot shape) implements it, so the checks
/// can warn before a character silently vanishes from the document.
/// </summary>
public interface IGlyphCoverage
{
    /// <summary>The format name, as in <see cref="IDocumentWriter.Format"/>.</summary>
    string Format { get; }

    /// <summary>True when the format shows <paramref name="codePoint"/> (a Unicode scalar value).</summary>
    bool CanDraw(int codePoint);
}
