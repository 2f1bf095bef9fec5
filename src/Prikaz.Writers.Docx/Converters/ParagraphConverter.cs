using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class ParagraphConverter : BlockConverter<Paragraph, DocxContext>
{
    protected override void Convert(Paragraph block, DocxContext context)
    {
        context.Body.Append(ParagraphFactory.Create(context, block.Style, block.Inlines, new ParagraphFormat(block.Alignment, Mark: block.Revision)));
    }
}
