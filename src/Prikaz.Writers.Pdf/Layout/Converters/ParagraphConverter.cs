using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

internal sealed class ParagraphConverter : BlockConverter<Paragraph, SectionLayout>
{
    protected override void Convert(Paragraph block, SectionLayout layout) =>
        layout.Add(new ParagraphFlow(layout.Break(layout.Styler.Paragraph(block))));
}
