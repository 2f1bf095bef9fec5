using DocumentFormat.OpenXml;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class ParagraphConverter : BlockConverter<Paragraph>
{
    protected override IEnumerable<OpenXmlElement> Convert(Paragraph block, DocxContext context)
    {
        yield return ParagraphFactory.Create(context, block.Style, block.Inlines, new ParagraphFormat(block.Alignment));
    }
}
