using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class ImageConverter : BlockConverter<Image>
{
    protected override IEnumerable<OpenXmlElement> Convert(Image block, DocxContext context)
    {
        var paragraph = ParagraphFactory.Create(context, StyleIds.Normal, [], new ParagraphFormat(block.Alignment, NoFirstLineIndent: true));
        paragraph.Append(InlinePicture.Create(context, block.Png, block.WidthMm, block.HeightMm, block.Description));
        yield return paragraph;
    }
}
