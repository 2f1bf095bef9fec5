using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// The stamp's lines as «Гриф» paragraphs indented from the left so the block of the given width
/// ends at the right border; a clerk can edit them as plain lines.
/// </summary>
internal sealed class ApprovalStampConverter : BlockConverter<ApprovalStamp, DocxContext>
{
    protected override void Convert(ApprovalStamp block, DocxContext context)
    {
        var indent = Math.Max(0, context.TextWidthTwips - Units.Twips(block.WidthMm));
        context.Body.Append(block.Lines.Select(line =>
            ParagraphFactory.Create(context, line.Style, line.Inlines, new ParagraphFormat(line.Alignment, indent, NoFirstLineIndent: true))));
    }
}
