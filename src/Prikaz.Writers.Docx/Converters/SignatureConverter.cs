using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// The signature as a borderless table: the position at the left, the name at the right border,
/// both aligned to the bottom so the name stands on the level of the position's last line. With an
/// electronic signature its mark takes the middle column, where the handwritten signature would be.
/// </summary>
internal sealed class SignatureConverter : BlockConverter<SignatureBlock, DocxContext>
{
    private const double NameWidthMm = 35;
    private const double MarkColumnWidthMm = ElectronicSignatureMark.WidthMm + 2;

    protected override void Convert(SignatureBlock block, DocxContext context)
    {
        var nameWidth = Units.Twips(NameWidthMm);
        var markWidth = block.ElectronicSignature is null ? 0 : Units.Twips(MarkColumnWidthMm);
        var positionWidth = Math.Max(Units.Twips(30), context.TextWidthTwips - nameWidth - markWidth);
        List<int> columns = block.ElectronicSignature is null ? [positionWidth, nameWidth] : [positionWidth, markWidth, nameWidth];
        var table = TableParts.Create(columns, bordered: false, W.TableRowAlignmentValues.Left, cellPaddingTwips: 0);

        var noIndent = new ParagraphFormat(NoFirstLineIndent: true);
        var position = block.PositionLines.Select(line => (OpenXmlElement)ParagraphFactory.Create(context, StyleIds.Signature, [new TextRun(line)], noIndent));
        // The signature is one requisite: never split it across pages.
        var row = new W.TableRow(
            new W.TableRowProperties(new W.CantSplit()),
            TableParts.Cell(positionWidth, 1, null, W.TableVerticalAlignmentValues.Bottom, position));
        if (block.ElectronicSignature is { } mark)
        {
            row.Append(TableParts.Cell(markWidth, 1, null, W.TableVerticalAlignmentValues.Center,
                [ElectronicSignatureConverter.Frame(mark, context, W.TableRowAlignmentValues.Center)]));
        }

        var name = ParagraphFactory.Create(context, StyleIds.Signature, [new TextRun(block.Name)], noIndent with { Alignment = Alignment.Right });
        row.Append(TableParts.Cell(nameWidth, 1, null, W.TableVerticalAlignmentValues.Bottom, [name]));
        table.Append(row);
        context.Body.Append(table);
    }
}
