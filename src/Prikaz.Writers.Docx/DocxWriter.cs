using Prikaz.Documents;

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

    /// <inheritdoc/>
    public void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        PackageAssembler.Assemble(document, buffer);
        DeterministicPackage.Rewrite(buffer, output);
    }
}
