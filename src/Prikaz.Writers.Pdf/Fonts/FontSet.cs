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
            var typeface = key.Fallback ? typefaces[FallbackKey] : typefaces.GetValueOrDefault(key) ?? typefaces[FontKey.Regular];
            font = new SKFont(typeface, sizePt)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,

                // The fallback has one face; bold and italic are made from it, as Word does for a missing face.
                Embolden = key.Fallback && key.Bold,
                SkewX = key.Fallback && key.Italic ? -0.2f : 0,
            };
            fonts[(key, sizePt)] = font;
        }

        return font;
    }

    public SKFont Font(TextStyle style) => Font(style.Font, style.SizePt);

    /// <summary>
    /// The style <paramref name="rune"/> is drawn in: <paramref name="style"/> when its face has the
    /// character, else the fallback face in the same style when the document's fonts include it for this
    /// character (see <see cref="FontFiles.Subset"/>), else <paramref name="style"/> (validate has warned).
    /// </summary>
    public TextStyle StyleFor(TextStyle style, System.Text.Rune rune)
    {
        var withFallback = style with { Font = style.Font with { Fallback = true } };
        if (!typefaces.ContainsKey(FallbackKey) || Font(style).ContainsGlyph(rune.Value)
            || !FallbackScripts.MayDraw(rune.Value) || !Font(withFallback).ContainsGlyph(rune.Value))
        {
            return style;
        }

        return withFallback;
    }

    /// <summary>Advance width of <paramref name="text"/>; letter spacing is added after every character, as Word does.</summary>
    public float Measure(string text, TextStyle style) =>
        text.Length == 0 ? 0 : Font(style).MeasureText(text) + (style.LetterSpacingPt * text.Length);

    /// <summary>Distance from the top of a single-spaced line to its baseline.</summary>
    /// <remarks>A line keeps the family's metrics when some of its characters come from the fallback.</remarks>
    public float Ascent(TextStyle style) => -Font(Primary(style)).Metrics.Ascent;

    /// <summary>Height of a single-spaced line (ascent, descent and the font's line gap).</summary>
    public float LineHeight(TextStyle style) => Font(Primary(style)).Spacing;

    private static TextStyle Primary(TextStyle style) => style with { Font = style.Font.Primary };

    private static FontKey FallbackKey => FontKey.Regular with { Fallback = true };

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
