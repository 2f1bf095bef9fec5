using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout.Converters;

/// <summary>A picture at its size (narrowed to the content width, keeping its proportions), aligned as asked.</summary>
internal sealed class ImageConverter : BlockConverter<Image, SectionLayout>
{
    protected override void Convert(Image block, SectionLayout layout)
    {
        var width = Math.Min(Units.Mm(block.WidthMm), layout.ContentWidth);
        var height = Units.Mm(block.HeightMm) * (width / Units.Mm(block.WidthMm));
        var x = block.Alignment switch
        {
            Alignment.Center => (layout.ContentWidth - width) / 2,
            Alignment.Right => layout.ContentWidth - width,
            _ => 0,
        };
        var box = new Box();
        box.Add(new PageItem.Picture(x, 0, width, height, block.Png), height);
        layout.Add(new BoxFlow(box));
    }
}
