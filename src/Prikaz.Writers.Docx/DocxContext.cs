using DocumentFormat.OpenXml.Packaging;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// What converters share while converting one page section: the document, its styles, the section's
/// text width, the main part (for image parts) and the body the converted blocks are appended to.
/// Immutable itself; ids come from <see cref="State"/>.
/// </summary>
internal sealed record DocxContext(Document Document, MainDocumentPart MainPart, DocxState State, int TextWidthTwips, W.Body Body)
{
    public StyleSheet Styles => Document.Styles;
}
