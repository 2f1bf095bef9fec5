using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

internal sealed class NumberedPointConverter : BlockConverter<NumberedPoint, SectionLayout>
{
    protected override void Convert(NumberedPoint block, SectionLayout layout) =>
        layout.Add(new ParagraphFlow(layout.Break(layout.Styler.NumberedPoint(block))));
}
