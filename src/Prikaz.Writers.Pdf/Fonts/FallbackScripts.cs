using System.Globalization;
using System.Text;

namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// Which characters the fallback font may draw, and which the layout drops. The layout engine places
/// glyphs one after another, left to right, without shaping: right-to-left scripts would come out
/// reversed and scripts whose letters join or reorder (Arabic, the Indic scripts, Thai, Tibetan…) as
/// broken letters. Those are not drawn by the fallback even where the font has glyphs; validate warns
/// about them instead. Format characters (zero-width spaces and joiners, bidi marks, the soft hyphen)
/// have no glyph and no width: drawn, they would be visible gaps.
/// </summary>
internal static class FallbackScripts
{
    private static readonly (int First, int Last)[] NeedShaping =
    [
        (0x0590, 0x08FF), // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic supplements
        (0x0900, 0x0DFF), // Devanagari to Sinhala
        (0x0E00, 0x0FFF), // Thai, Lao, Tibetan
        (0x1000, 0x109F), // Myanmar
        (0x1780, 0x18AF), // Khmer, Mongolian
        (0xFB1D, 0xFDFF), // Hebrew and Arabic presentation forms
        (0xFE70, 0xFEFE), // Arabic presentation forms B
    ];

    /// <summary>True for a character that is laid out as nothing: a format character (Unicode category Cf).</summary>
    public static bool IsIgnorable(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;

    /// <summary>True when the fallback font may draw <paramref name="codePoint"/> (if it has a glyph for it).</summary>
    public static bool MayDraw(int codePoint) => !NeedShaping.Any(range => codePoint >= range.First && codePoint <= range.Last);
}
