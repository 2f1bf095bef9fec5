using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// Writes the given number as text followed by a space, not as a Word list: the number comes from the
/// model and must stay what it is when a clerk edits the draft.
/// </summary>
internal sealed class NumberedPointConverter : BlockConverter<NumberedPoint, DocxContext>
{
    protected override void Convert(NumberedPoint block, DocxContext context)
    {
        Inline[] inlines = [new TextRun(block.Number + " ") { Revision = block.Revision }, .. block.Inlines];
        context.Body.Append(ParagraphFactory.Create(context, block.Style, inlines, new ParagraphFormat(block.Alignment, Mark: block.Revision)));
    }
}
