using Prikaz.Documents;
using Prikaz.Documents.Packaging;

namespace Prikaz.Writers.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as an Office Open XML word-processing file (<c>.docx</c>) with
/// named Russian styles, repeated table headers, landscape sections and page numbers from page 2.
/// The same document always gives the same bytes.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "docx";

    /// <summary>None: the styles come from the document and the writer's own resources.</summary>
    public IReadOnlyList<string> InputFiles => [];

    /// <summary>Loads the Open XML and zip code and the base styles by writing an empty document to nowhere.</summary>
    public void Preload() =>
        Write(new Document(new DocumentProperties(string.Empty, string.Empty, string.Empty, "ru-RU", new DateOnly(2000, 1, 1)), StyleSheet.Default, []), Stream.Null);

    /// <inheritdoc/>
    public WrittenDocument Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        PackageAssembler.Assemble(document, package);

        // Zipped into memory first: a zip written straight into a stream that cannot seek gets data
        // descriptors, so the bytes would depend on where they go.
        using var zipped = new MemoryStream();
        DeterministicPackage.Rewrite(package, zipped);
        zipped.Position = 0;
        zipped.CopyTo(output);
        return new WrittenDocument(zipped.Length, Pages: null);
    }
}
