namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Something drawn on a page, in points from the page's top-left corner (y grows downwards).</summary>
internal abstract record PageItem
{
    /// <summary>The same item shifted by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public PageItem Moved(float dx, float dy) => this switch
    {
        Text text => text with { X = text.X + dx, Baseline = text.Baseline + dy },
        Frame frame => frame with { X = frame.X + dx, Y = frame.Y + dy },
        Squares squares => new Squares([.. squares.Rectangles.Select(r => (r.X + dx, r.Y + dy, r.Width, r.Height))]),
        Picture picture => picture with { X = picture.X + dx, Y = picture.Y + dy },
        _ => throw new NotSupportedException(GetType().Name),
    };

    /// <summary>Text on a baseline.</summary>
    public sealed record Text(float X, float Baseline, string Value, TextStyle Style) : PageItem;

    /// <summary>An unfilled rectangle with a thin border (table cells, the e-signature frame).</summary>
    public sealed record Frame(float X, float Y, float Width, float Height, float LineWidth) : PageItem;

    /// <summary>Filled black squares, e.g. the modules of a QR code.</summary>
    public sealed record Squares(IReadOnlyList<(float X, float Y, float Width, float Height)> Rectangles) : PageItem;

    /// <summary>A PNG picture scaled into a box.</summary>
    public sealed record Picture(float X, float Y, float Width, float Height, ReadOnlyMemory<byte> Png) : PageItem;
}
