using System.Text;
using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// The QR code at the right border (ГОСТ Р 7.0.97-2025): its modules drawn as inline SVG (sharp at
/// any zoom), else its picture, else its content as text in a framed square. A web address also
/// becomes a link, so that a reader of the published page can follow it.
/// </summary>
internal sealed class QrCodeConverter : BlockConverter<QrCode, HtmlRenderer>
{
    private const string Label = "QR-код";

    protected override void Convert(QrCode block, HtmlRenderer renderer)
    {
        var description = $"{Label}: {block.Content}";
        var markup = renderer.Markup;
        var size = Css.Mm(block.SizeMm);
        var link = IsWebAddress(block.Content) ? block.Content : null;
        if (block.Modules is { } modules)
        {
            markup.OpenLine("div", ("class", "figure " + Css.AlignmentClass(Alignment.Right)));
            if (link is not null)
            {
                markup.StartTag("a", ("href", link));
            }

            var side = Css.Number(modules.Size);
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

        if (block.Png is { } png)
        {
            ImageConverter.WritePicture(renderer, png, block.SizeMm, block.SizeMm, Alignment.Right, description);
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

    /// <summary>One path of rectangles, one per horizontal run of dark modules.</summary>
    private static string PathOf(QrMatrix modules)
    {
        var path = new StringBuilder();
        for (var row = 0; row < modules.Size; row++)
        {
            foreach (var (column, length) in modules.DarkRuns(row))
            {
                var run = Css.Number(length);
                path.Append('M').Append(Css.Number(column)).Append(',').Append(Css.Number(row))
                    .Append('h').Append(run).Append("v1h-").Append(run).Append('z');
            }
        }

        return path.ToString();
    }
}
