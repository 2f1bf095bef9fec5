using Prikaz.Writers.Pdf.Layout;
using SkiaSharp;

namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// The typefaces one document is laid out and drawn with. Fonts are unhinted with linear metrics and
/// subpixel positioning, so the widths layout measures are exactly the advances Skia writes into the PDF.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<FontKey, SKTypeface> typefaces;
    private readonly Dictionary<(FontKey, float), SKFont> fonts = [];

    private FontSet(Dictionary<FontKey, SKTypeface> typefaces) => this.typefaces = typefaces;

    /// <summary>Typefaces made from font file bytes (whole fonts or subsets).</summary>
    public static FontSet FromData(IReadOnlyDictionary<FontKey, byte[]> faces)
    {
        var typefaces = new Dictionary<FontKey, SKTypeface>();
        foreach (var (key, bytes) in faces)
        {
            using var data = SKData.CreateCopy(bytes);
            typefaces[key] = SKTypeface.FromData(data)
                ?? throw new InvalidDataException($"Skia cannot read the font {key.FileName}.");
        }

        return new FontSet(typefaces);
    }

    public SKFont Font(FontKey key, float sizePt)
    {
        if (!fonts.TryGetValue((key, sizePt), out var font))
        {
            var typeface = typefaces.GetValueOrDefault(key) ?? typefaces[FontKey.Regular];
            font = new SKFont(typeface, sizePt)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts[(key, sizePt)] = font;
        }

        return font;
    }

    public SKFont Font(TextStyle style) => Font(style.Font, style.SizePt);

    /// <summary>Advance width of <paramref name="text"/>; letter spacing is added after every character, as Word does.</summary>
    public float Measure(string text, TextStyle style) =>
        text.Length == 0 ? 0 : Font(style).MeasureText(text) + (style.LetterSpacingPt * text.Length);

    /// <summary>Distance from the top of a single-spaced line to its baseline.</summary>
    public float Ascent(TextStyle style) => -Font(style).Metrics.Ascent;

    /// <summary>Height of a single-spaced line (ascent, descent and the font's line gap).</summary>
    public float LineHeight(TextStyle style) => Font(style).Spacing;

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        foreach (var typeface in typefaces.Values)
        {
            typeface.Dispose();
        }
    }
}
