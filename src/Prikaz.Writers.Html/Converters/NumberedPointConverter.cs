using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>A numbered point: its given number, a space, then the text, in one paragraph.</summary>
internal sealed class NumberedPointConverter : BlockConverter<NumberedPoint, HtmlRenderer>
{
    protected override void Convert(NumberedPoint block, HtmlRenderer renderer) =>
        renderer.WriteParagraph("p", block.Style, block.Alignment, block.Inlines, block.Number, block.Source);
}
