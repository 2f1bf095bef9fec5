using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>The electronic-signature mark: a framed box of 70 × 27 mm with small text.</summary>
internal sealed class ElectronicSignatureConverter : BlockConverter<ElectronicSignatureMark, HtmlRenderer>
{
    /// <summary>Writes the mark on its own or inside a signature row.</summary>
    public static void WriteMark(HtmlRenderer renderer, ElectronicSignatureMark mark)
    {
        var markup = renderer.Markup;
        markup.OpenBlock("div", ("class", "esign " + renderer.ClassOf(StyleIds.ElectronicSignature)));
        markup.TextLine("p", ElectronicSignatureMark.Heading, ("class", "esign-heading"));
        foreach (var line in mark.DetailLines)
        {
            markup.TextLine("p", line);
        }

        markup.CloseBlock("div");
    }

    protected override void Convert(ElectronicSignatureMark block, HtmlRenderer renderer) => WriteMark(renderer, block);
}
