namespace Prikaz.Documents;

/// <summary>Writes a <see cref="Document"/> in one file format. Implementations live in their own projects.</summary>
public interface IDocumentWriter
{
    /// <summary>Format name and file extension without the dot: <c>docx</c>, <c>pdf</c>, <c>html</c>.</summary>
    string Format { get; }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. The same document gives the same bytes:
    /// writers read no clock, culture or random source.
    /// </summary>
    void Write(Document document, Stream output);
}
