using DocumentFormat.OpenXml.Packaging;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx;

/// <summary>
/// What converters read while converting one page section: the document, its styles, the section's
/// text width and the main part (for image parts). Immutable; ids come from <see cref="State"/>.
/// </summary>
internal sealed record DocxContext(Document Document, MainDocumentPart MainPart, DocxState State, int TextWidthTwips)
{
    public StyleSheet Styles => Document.Styles;

    public BlockConverters Converters { get; init; } = BlockConverters.Instance;
}
