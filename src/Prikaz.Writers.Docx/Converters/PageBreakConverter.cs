using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

internal sealed class PageBreakConverter : BlockConverter<PageBreak>
{
    protected override IEnumerable<OpenXmlElement> Convert(PageBreak block, DocxContext context)
    {
        yield return new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.Normal }),
            new W.Run(new W.Break { Type = W.BreakValues.Page }));
    }
}
