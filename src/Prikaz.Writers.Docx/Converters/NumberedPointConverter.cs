using DocumentFormat.OpenXml;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// Writes the given number as text followed by a space, not as a Word list: the number comes from the
/// model and must stay what it is when a clerk edits the draft.
/// </summary>
internal sealed class NumberedPointConverter : BlockConverter<NumberedPoint>
{
    protected override IEnumerable<OpenXmlElement> Convert(NumberedPoint block, DocxContext context)
    {
        Inline[] inlines = [new TextRun(block.Number + " "), .. block.Inlines];
        yield return ParagraphFactory.Create(context, block.Style, inlines, new ParagraphFormat(block.Alignment));
    }
}
