using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>
/// Position at the left, name at the right border on the level of the position's last line; an
/// e-signature mark sits between them, its middle on that line, so it overlaps neither.
/// </summary>
internal sealed class SignatureConverter : BlockConverter<SignatureBlock, SectionLayout>
{
    private static readonly float SignatureGap = Units.Mm(3);

    protected override void Convert(SignatureBlock block, SectionLayout layout)
    {
        var style = layout.Styler.Style(StyleIds.Signature);
        var nameStyle = ParagraphStyler.TextStyle(style);
        var fallbackName = NeedsFallback(block.Name, nameStyle, layout) ? OneLine(block.Name, layout) : null;
        var nameWidth = fallbackName?.Right ?? layout.Fonts.Measure(block.Name, nameStyle);
        var nameX = layout.ContentWidth - nameWidth;
        var box = new Box();
        var mark = block.ElectronicSignature is { } esign ? ElectronicSignatureConverter.Frame(esign, layout) : null;
        var markWidth = Units.Mm(ElectronicSignatureMark.WidthMm);

        // The position keeps the author's lines when they fit beside the name (and the mark).
        var natural = block.PositionLines.Select(line => layout.Fonts.Measure(line, nameStyle)).DefaultIfEmpty(0).Max();
        var positionWidth = Math.Min(natural + 0.5f, nameX - SignatureGap);
        var markBeside = mark is not null && nameX - positionWidth - (2 * SignatureGap) >= markWidth;
        if (mark is not null && !markBeside && nameX - markWidth - (2 * SignatureGap) >= Units.Mm(40))
        {
            positionWidth = nameX - markWidth - (2 * SignatureGap);
            markBeside = true;
        }

        var position = layout.Breaker.Break(layout.Styler.Lines(StyleIds.Signature, block.PositionLines, Alignment.Left), positionWidth);
        var positionHeight = position.LinesHeight;
        var lastLine = position.Lines[^1];
        var positionTop = 0f;
        if (mark is not null && markBeside)
        {
            positionTop = Math.Max(0, (mark.Height / 2) - positionHeight + (lastLine.Height / 2));
            var positionRight = position.Lines.Max(line => line.Right);
            var markX = positionRight + ((nameX - positionRight - markWidth) / 2);
            box.Add(mark, markX, 0);
        }

        box.AddLines(position.Lines, 0, positionTop);
        var baseline = positionTop + positionHeight - lastLine.Height + lastLine.Baseline;
        if (fallbackName is null)
        {
            box.Add(new PageItem.Text(nameX, baseline, block.Name, nameStyle), positionTop + positionHeight);
        }
        else
        {
            box.AddLines([fallbackName], nameX, baseline - fallbackName.Baseline);
        }
        if (mark is not null && !markBeside)
        {
            box.Add(mark, (layout.ContentWidth - markWidth) / 2, box.Height + SignatureGap);
        }

        layout.Add(new BoxFlow(box, (float)style.SpaceBeforePt, (float)style.SpaceAfterPt));
    }

    // A name the family draws whole stays one text item; one with characters only the fallback face has
    // (a Georgian or Armenian name) is set by the line breaker, which picks the face per character.
    private static bool NeedsFallback(string name, TextStyle style, SectionLayout layout) =>
        name.EnumerateRunes().Any(rune => layout.Fonts.StyleFor(style, rune) != style);

    private static PlacedLine OneLine(string name, SectionLayout layout) =>
        layout.Breaker.Break(layout.Styler.Lines(StyleIds.Signature, [name], Alignment.Left), float.MaxValue / 4).Lines[0];
}
