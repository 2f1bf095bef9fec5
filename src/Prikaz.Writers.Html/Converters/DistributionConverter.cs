using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>The distribution list as one line in the «Рассылка» style.</summary>
internal sealed class DistributionConverter : BlockConverter<DistributionList, HtmlRenderer>
{
    protected override void Convert(DistributionList block, HtmlRenderer renderer) =>
        renderer.Markup.TextLine("p", block.Text, ("class", "distribution " + renderer.ClassOf(StyleIds.Distribution)));
}
