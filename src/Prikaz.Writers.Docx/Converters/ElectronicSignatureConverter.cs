using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>
/// The electronic-signature mark as a framed one-cell table of about 75 × 27 mm with 8 pt text
/// (ГОСТ Р 7.0.97-2025: the mark must be readable at 100 % and must not overlap the text, so it is a
/// table in the flow, never a floating shape).
/// </summary>
internal sealed class ElectronicSignatureConverter : BlockConverter<ElectronicSignatureMark, DocxContext>
{
    protected override void Convert(ElectronicSignatureMark block, DocxContext context)
    {
        context.Body.Append(Frame(block, context, W.TableRowAlignmentValues.Center));
    }

    public static W.Table Frame(ElectronicSignatureMark mark, DocxContext context, W.TableRowAlignmentValues alignment)
    {
        var width = Units.Twips(ElectronicSignatureMark.WidthMm);
        var table = TableParts.Create([width], bordered: true, alignment, TableParts.CellPaddingTwips, borderEighths: 8);
        var heading = ParagraphFactory.Create(context, StyleIds.ElectronicSignature, [], new ParagraphFormat(NoFirstLineIndent: true));
        var headingRun = RunConverter.Text(new TextRun(ElectronicSignatureMark.Heading, Bold: true));
        // The bold capitals need 7 pt to stay on one line inside the frame (the standard allows 7–9 pt).
        headingRun.RunProperties!.Append(new W.FontSize { Val = Units.HalfPoints(7) }, new W.FontSizeComplexScript { Val = Units.HalfPoints(7) });
        heading.Append(headingRun);
        var lines = new List<OpenXmlElement> { heading };
        lines.AddRange(mark.DetailLines.Select(line =>
            ParagraphFactory.Create(context, StyleIds.ElectronicSignature, [new TextRun(line)], new ParagraphFormat(NoFirstLineIndent: true))));
        var row = new W.TableRow(
            new W.TableRowProperties(new W.TableRowHeight { Val = (uint)Units.Twips(ElectronicSignatureMark.HeightMm), HeightType = W.HeightRuleValues.AtLeast }),
            TableParts.Cell(width, 1, null, W.TableVerticalAlignmentValues.Center, lines));
        table.Append(row);
        return table;
    }
}
