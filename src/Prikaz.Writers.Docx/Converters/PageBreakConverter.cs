using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class PageBreakConverter : BlockConverter<PageBreak, DocxContext>
{
    protected override void Convert(PageBreak block, DocxContext context)
    {
        context.Body.Append(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.Normal }),
            new W.Run(new W.Break { Type = W.BreakValues.Page })));
    }
}
