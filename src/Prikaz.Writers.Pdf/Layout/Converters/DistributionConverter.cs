using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>The distribution list: at the bottom of the page under the executor mark it follows, else where it stands.</summary>
internal sealed class DistributionConverter : BlockConverter<DistributionList, SectionLayout>
{
    protected override void Convert(DistributionList block, SectionLayout layout)
    {
        var lines = layout.Break(layout.Styler.Lines(StyleIds.Distribution, [block.Text], Alignment.Left));
        if (layout.Blocks.LastOrDefault() is BottomFlow bottom)
        {
            bottom.Append(lines);
        }
        else
        {
            layout.Add(new ParagraphFlow(lines));
        }
    }
}
