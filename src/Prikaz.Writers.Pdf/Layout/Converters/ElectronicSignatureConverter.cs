using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>An e-signature mark on its own, centred; the signature block draws the same frame beside the name.</summary>
internal sealed class ElectronicSignatureConverter : BlockConverter<ElectronicSignatureMark, SectionLayout>
{
    private static readonly float FramePadding = Units.Mm(2);

    protected override void Convert(ElectronicSignatureMark block, SectionLayout layout)
    {
        var box = new Box();
        box.Add(Frame(block, layout), (layout.ContentWidth - Units.Mm(ElectronicSignatureMark.WidthMm)) / 2, 0);
        layout.Add(new BoxFlow(box));
    }

    /// <summary>The framed mark: heading in bold, then certificate, owner and validity, centred in a 70 × 27 mm frame.</summary>
    public static Box Frame(ElectronicSignatureMark mark, SectionLayout layout)
    {
        var width = Units.Mm(ElectronicSignatureMark.WidthMm);
        var inner = width - (2 * FramePadding);
        var heading = layout.Breaker.Break(layout.Styler.Lines(StyleIds.ElectronicSignature, [ElectronicSignatureMark.Heading], bold: true), inner);
        var details = layout.Breaker.Break(layout.Styler.Lines(StyleIds.ElectronicSignature, mark.DetailLines), inner);
        var textHeight = heading.LinesHeight + details.LinesHeight;
        var height = Math.Max(Units.Mm(ElectronicSignatureMark.HeightMm), textHeight + (2 * FramePadding));
        var box = new Box();
        var y = box.AddLines(heading.Lines, FramePadding, (height - textHeight) / 2);
        box.AddLines(details.Lines, FramePadding, y);
        box.Add(new PageItem.Frame(0, 0, width, height, 0.75f), height);
        return box;
    }
}
