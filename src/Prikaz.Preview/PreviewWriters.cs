using Prikaz.Documents;
using Prikaz.Templating;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;

namespace Prikaz.Preview;

/// <summary>
/// The writers of the preview: the published DOCX, the HTML page with source anchors (ids and
/// <c>data-source</c>, so the page updates in place and clicks find the YAML line) and the PDF with a
/// file identifier that stays the same from edit to edit.
/// </summary>
internal static class PreviewWriters
{
    public static DocumentWriters For(TemplateFolder folder, ReadOnlyMemory<byte> fileIdentifier) => new(
    [
        new DocxWriter(),
        new HtmlWriter(new HtmlWriterOptions { SourceAnchors = true }),
        new PdfWriter(new PdfWriterOptions(folder.Fonts) { FileIdentifier = fileIdentifier }),
    ]);
}
