using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// The QR code at the right border. With a picture of the code it is embedded; without one the page
/// shows a square framed box with the content (a link when it is a web address), since encoding a QR
/// code is not this writer's job.
/// </summary>
internal sealed class QrCodeConverter : BlockConverter<QrCode>
{
    private const string Label = "QR-код";

    protected override void Write(HtmlRenderer renderer, QrCode block)
    {
        if (block.Png is { } png)
        {
            ImageConverter.WritePicture(renderer, png, block.SizeMm, block.SizeMm, Alignment.Right, $"{Label}: {block.Content}");
            return;
        }

        var markup = renderer.Markup;
        var size = Css.Mm(block.SizeMm);
        markup.OpenLine("div", ("class", "qr"), ("style", $"width: {size}; height: {size}"), ("title", Label));
        var isLink = block.Content.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || block.Content.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        if (isLink)
        {
            markup.StartTag("a", ("href", block.Content));
            markup.Text(block.Content);
            markup.EndTag("a");
        }
        else
        {
            markup.Text(block.Content);
        }

        markup.CloseLine("div");
    }
}
