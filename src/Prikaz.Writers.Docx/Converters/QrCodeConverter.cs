using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// The QR code at the right border (ГОСТ Р 7.0.97-2025: bottom or top right). This writer draws no
/// codes itself: it embeds the picture when the model carries one and otherwise prints the content
/// in small type, so the requisite is never silently lost.
/// </summary>
internal sealed class QrCodeConverter : BlockConverter<QrCode, DocxContext>
{
    protected override void Convert(QrCode block, DocxContext context)
    {
        var format = new ParagraphFormat(Alignment.Right, NoFirstLineIndent: true);
        if (block.Png is { } png)
        {
            var paragraph = ParagraphFactory.Create(context, StyleIds.Normal, [], format);
            paragraph.Append(InlinePicture.CreateBottomRight(context, png, block.SizeMm, block.Content));
            context.Body.Append(paragraph);
        }
        else
        {
            context.Body.Append(ParagraphFactory.Create(context, StyleIds.Executor, [new TextRun(block.Content)], format));
        }
    }
}
