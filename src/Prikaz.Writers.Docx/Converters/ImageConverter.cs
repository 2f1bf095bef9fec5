using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class ImageConverter : BlockConverter<Image, DocxContext>
{
    protected override void Convert(Image block, DocxContext context)
    {
        var paragraph = ParagraphFactory.Create(context, StyleIds.Normal, [], new ParagraphFormat(block.Alignment, NoFirstLineIndent: true));
        paragraph.Append(InlinePicture.Create(context, block.Png, block.WidthMm, block.HeightMm, block.Description));
        context.Body.Append(paragraph);
    }
}
