using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// The signature requisite as a flex row: position at the left, the e-signature mark (if any) between,
/// initials and surname at the right border on the level of the position's last line.
/// </summary>
internal sealed class SignatureConverter : BlockConverter<SignatureBlock, HtmlRenderer>
{
    protected override void Convert(SignatureBlock block, HtmlRenderer renderer)
    {
        var markup = renderer.Markup;
        markup.OpenBlock("div", ("class", "signature " + renderer.ClassOf(StyleIds.Signature)));
        markup.OpenLine("div", ("class", "signature-position"));
        for (var i = 0; i < block.PositionLines.Count; i++)
        {
            if (i > 0)
            {
                markup.VoidTag("br");
            }

            markup.Text(block.PositionLines[i]);
        }

        markup.CloseLine("div");
        if (block.ElectronicSignature is { } mark)
        {
            // ГОСТ Р 7.0.97-2025: the mark stands in place of the handwritten signature.
            ElectronicSignatureConverter.WriteMark(renderer, mark);
        }

        markup.TextLine("div", block.Name, ("class", "signature-name"));
        markup.CloseBlock("div");
    }
}
