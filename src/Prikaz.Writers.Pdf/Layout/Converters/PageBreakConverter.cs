using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

internal sealed class PageBreakConverter : BlockConverter<PageBreak, SectionLayout>
{
    protected override void Convert(PageBreak block, SectionLayout layout) => layout.Add(new PageBreakFlow());
}
