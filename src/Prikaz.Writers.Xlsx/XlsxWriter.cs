using Prikaz.Documents;
using Prikaz.Documents.Packaging;

namespace Prikaz.Writers.Xlsx;

/// <summary>
/// Writes the tables of a <see cref="Document"/> as an Office Open XML workbook (<c>.xlsx</c>): one
/// sheet per table, named after it, with its header rows bold and frozen and an autofilter on them,
/// merged cells where the table spans them, and real dates and numbers where a cell carries a
/// <see cref="CellValue"/> — so the implementation report's deadlines sort and filter as dates. The
/// text around the tables belongs to the printed formats. The same document gives the same bytes.
/// </summary>
public sealed class XlsxWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "xlsx";

    /// <inheritdoc/>
    public IReadOnlyList<string> InputFiles => [];

    /// <inheritdoc/>
    public void Preload()
    {
    }

    /// <inheritdoc/>
    public WrittenDocument Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        WorkbookAssembler.Assemble(document, package);
        using var zipped = new MemoryStream();
        DeterministicPackage.Rewrite(package, zipped);
        zipped.Position = 0;
        zipped.CopyTo(output);
        return new WrittenDocument(zipped.Length, null);
    }
}
