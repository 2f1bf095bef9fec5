namespace Prikaz.Documents;

/// <summary>
/// Writes a <see cref="Document"/> in one file format and says what it needs and what it wrote, so a
/// program handles every format alike. Implementations live in their own projects.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>Format name and file extension without the dot: <c>docx</c>, <c>pdf</c>, <c>html</c>.</summary>
    string Format { get; }

    /// <summary>
    /// Files besides the document whose bytes the output depends on (the PDF writer's fonts), for build
    /// fingerprints; empty for most writers.
    /// </summary>
    IReadOnlyList<string> InputFiles { get; }

    /// <summary>
    /// Loads what the first <see cref="Write"/> would need (fonts, native libraries), e.g. on another
    /// thread while the input is checked; optional, never required before <see cref="Write"/>.
    /// </summary>
    void Preload();

    /// <summary>
    /// Writes the document to <paramref name="output"/>. The same document gives the same bytes:
    /// writers read no clock, culture or random source.
    /// </summary>
    WrittenDocument Write(Document document, Stream output);
}
