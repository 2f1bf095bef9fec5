using System.Text;
using Prikaz.Documents;
using Prikaz.Writers.Html.Qr;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// The QR code at the right border (ГОСТ Р 7.0.97-2025). A picture of the code from the model is
/// embedded; otherwise the code is drawn as inline SVG, its side including the four-module quiet zone.
/// A content too long for the encoder is shown as text in a framed square. A web address also
/// becomes a link, so that a reader of the published page can follow it.
/// </summary>
internal sealed class QrCodeConverter : BlockConverter<QrCode>
{
    private const string Label = "QR-код";
    private const int QuietZone = 4;

    protected override void Write(HtmlRenderer renderer, QrCode block)
    {
        var description = $"{Label}: {block.Content}";
        if (block.Png is { } png)
        {
            ImageConverter.WritePicture(renderer, png, block.SizeMm, block.SizeMm, Alignment.Right, description);
            return;
        }

        var markup = renderer.Markup;
        var size = Css.Mm(block.SizeMm);
        var link = IsWebAddress(block.Content) ? block.Content : null;
        if (QrEncoder.Encode(block.Content) is { } modules)
        {
            markup.OpenLine("div", ("class", "figure " + Css.AlignmentClass(Alignment.Right)));
            if (link is not null)
            {
                markup.StartTag("a", ("href", link));
            }

            var side = Css.Number(modules.GetLength(0) + (2 * QuietZone));
            markup.StartTag(
                "svg",
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", $"0 0 {side} {side}"),
                ("role", "img"),
                ("aria-label", description),
                ("shape-rendering", "crispEdges"),
                ("style", $"width: {size}; height: {size}"));
            markup.VoidTag("rect", ("width", side), ("height", side), ("fill", "#fff"));
            markup.VoidTag("path", ("d", PathOf(modules)), ("fill", "#000"));
            markup.EndTag("svg");
            if (link is not null)
            {
                markup.EndTag("a");
            }

            markup.CloseLine("div");
            return;
        }

        markup.OpenLine("div", ("class", "qr"), ("style", $"width: {size}; height: {size}"), ("title", Label));
        if (link is not null)
        {
            markup.StartTag("a", ("href", link));
            markup.Text(block.Content);
            markup.EndTag("a");
        }
        else
        {
            markup.Text(block.Content);
        }

        markup.CloseLine("div");
    }

    private static bool IsWebAddress(string content) =>
        content.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || content.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>One path of rectangles, one per horizontal run of dark modules, shifted by the quiet zone.</summary>
    private static string PathOf(bool[,] modules)
    {
        var path = new StringBuilder();
        var size = modules.GetLength(0);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!modules[y, x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && modules[y, x + 1])
                {
                    x++;
                }

                var run = Css.Number(x - start + 1);
                path.Append('M').Append(Css.Number(start + QuietZone)).Append(',').Append(Css.Number(y + QuietZone))
                    .Append('h').Append(run).Append("v1h-").Append(run).Append('z');
            }
        }

        return path.ToString();
    }
}
