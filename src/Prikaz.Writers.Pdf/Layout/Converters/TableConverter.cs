using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

internal sealed class TableConverter : BlockConverter<Table, SectionLayout>
{
    protected override void Convert(Table block, SectionLayout layout) =>
        layout.Add(new TableFlow(block, layout.Styler, layout.Breaker, layout.ContentWidth, layout.ContentHeight));
}
