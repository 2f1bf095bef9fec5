using Prikaz.Documents;
using Prikaz.Documents.Pictures;

namespace Prikaz.Writers.Html.Converters;

/// <summary>A picture (PNG or JPEG) embedded as a data URI, so the page needs no other file.</summary>
internal sealed class ImageConverter : BlockConverter<Image, HtmlRenderer>
{
    /// <summary>Writes a PNG of the given size in a block aligned as asked.</summary>
    public static void WritePicture(HtmlRenderer renderer, ReadOnlyMemory<byte> png, double widthMm, double heightMm, Alignment alignment, string description)
    {
        var markup = renderer.Markup;
        markup.OpenLine("div", ("class", "figure " + Css.AlignmentClass(alignment)));
        markup.VoidTag(
            "img",
            ("src", "data:" + PictureFormat.MediaType(png.Span) + ";base64," + System.Convert.ToBase64String(png.Span)),
            ("alt", description),
            ("style", $"width: {Css.Mm(widthMm)}; height: {Css.Mm(heightMm)}"));
        markup.CloseLine("div");
    }

    protected override void Convert(Image block, HtmlRenderer renderer) =>
        WritePicture(renderer, block.Png, block.WidthMm, block.HeightMm, block.Alignment, block.Description);
}
