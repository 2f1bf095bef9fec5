using System.Collections.Concurrent;
using SkiaSharp;

namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// The four Liberation Serif files read once from the font folder, and the fallback font when the folder
/// has it. Liberation Serif stands for Times New Roman (metric-compatible) and for any other family a
/// style names: it is the only family shipped, and no system font lookup is done.
/// </summary>
internal sealed class FontFiles : IDisposable
{
    private readonly Dictionary<FontKey, byte[]> faces;
    private readonly byte[]? fallback;
    private readonly SKTypeface regular;
    private readonly SKTypeface? fallbackFace;
    private readonly byte[] drawable = new byte[0x10000];
    private readonly Dictionary<FontKey, Lazy<SKTypeface>> measured;

    // Words and short cell texts repeat; a long text is rarely asked twice and would only fill the cache.
    private const int MaxCachedLength = 64;
    private const int MaxCachedWidths = 200_000;

    // Column widths are fitted by measuring every word of every cell, and the same words come back in
    // every row and every document of a build: a native font per word cost more than the measuring.
    private readonly ConcurrentDictionary<(string Text, float SizePt, FontKey Face), float> widths = new();

    private FontFiles(Dictionary<FontKey, byte[]> faces, byte[]? fallback)
    {
        this.faces = faces;
        this.fallback = fallback;
        regular = Typeface(faces[FontKey.Regular]);
        fallbackFace = fallback is null ? null : Typeface(fallback);
        measured = faces.ToDictionary(face => face.Key, face => new Lazy<SKTypeface>(() => Typeface(face.Value)));
    }

    public static FontFiles Load(string folder)
    {
        var faces = new Dictionary<FontKey, byte[]>();
        foreach (var key in FontKey.All)
        {
            var path = Path.Combine(folder, key.FileName);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Шрифт не найден: {path}", path);
            }

            faces[key] = File.ReadAllBytes(path);
        }

        var fallback = Path.Combine(folder, FontKey.FallbackFileName);
        return new FontFiles(faces, File.Exists(fallback) ? File.ReadAllBytes(fallback) : null);
    }

    /// <summary>
    /// True when the PDF shows <paramref name="codePoint"/>: the family has it, the fallback may draw it
    /// and has it, it is the non-breaking hyphen the layout draws as a hyphen, or it is a format character
    /// the layout drops. Thread-safe.
    /// </summary>
    public bool CanDraw(int codePoint)
    {
        // The checks ask for every character of every text: answer each character once (0 — not yet
        // asked, 1 — drawn, 2 — lost). A race only asks the fonts twice for the same answer.
        if (codePoint < drawable.Length)
        {
            var known = Volatile.Read(ref drawable[codePoint]);
            if (known != 0)
            {
                return known == 1;
            }
        }

        var answer = FallbackScripts.IsIgnorable(new System.Text.Rune(codePoint)) || codePoint == Layout.LineBreaker.NoBreakHyphen || Has(regular, codePoint) || NeedsFallback(codePoint);
        if (codePoint < drawable.Length)
        {
            Volatile.Write(ref drawable[codePoint], answer ? (byte)1 : (byte)2);
        }

        return answer;
    }

    /// <summary>
    /// The advance width of <paramref name="text"/> in points in one face, measured as the layout measures
    /// (unhinted, linear metrics, subpixel), so a width that fits here fits on the page. Thread-safe.
    /// </summary>
    public float Width(string text, float sizePt, FontKey face)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (text, sizePt, face.Primary);
        if (widths.TryGetValue(key, out var known))
        {
            return known;
        }

        using var font = new SKFont(measured[face.Primary].Value, sizePt)
        {
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
            Subpixel = true,
        };
        var width = font.MeasureText(text);
        if (text.Length <= MaxCachedLength && widths.Count < MaxCachedWidths)
        {
            widths.TryAdd(key, width);
        }

        return width;
    }

    /// <summary>Whole fonts, e.g. for layout tests.</summary>
    public FontSet Whole() => FontSet.FromData(fallback is null ? faces : new Dictionary<FontKey, byte[]>(faces) { [Fallback] = fallback });

    /// <summary>
    /// Fonts cut down to <paramref name="codePoints"/>; a face HarfBuzz cannot subset is used whole.
    /// <paramref name="wholeFaces"/> names those faces so the caller can tell.
    /// </summary>
    public FontSet Subset(IReadOnlySet<int> codePoints, out IReadOnlyList<FontKey> wholeFaces)
    {
        var subsets = new Dictionary<FontKey, byte[]>();
        var whole = new List<FontKey>();
        var sorted = codePoints.Order().ToArray();
        foreach (var (key, bytes) in faces)
        {
            var subset = FontSubsetter.Subset(bytes, sorted);
            if (subset is null)
            {
                whole.Add(key);
            }

            subsets[key] = subset ?? bytes;
        }

        // The fallback is embedded only for a document that has characters the family lacks, so every
        // other document's PDF stays byte for byte what it was.
        var missing = sorted.Where(NeedsFallback).ToArray();
        if (missing.Length > 0)
        {
            var subset = FontSubsetter.Subset(fallback!, missing);
            if (subset is null)
            {
                whole.Add(Fallback);
            }

            subsets[Fallback] = subset ?? fallback!;
        }

        wholeFaces = whole;
        return FontSet.FromData(subsets);
    }

    public void Dispose()
    {
        regular.Dispose();
        fallbackFace?.Dispose();
        foreach (var face in measured.Values.Where(face => face.IsValueCreated))
        {
            face.Value.Dispose();
        }
    }

    private static FontKey Fallback => FontKey.Regular with { Fallback = true };

    private bool NeedsFallback(int codePoint) =>
        fallbackFace is not null && !Has(regular, codePoint) && FallbackScripts.MayDraw(codePoint) && Has(fallbackFace, codePoint);

    // An SKFont per question: fonts are cheap, and a shared one would not be safe across threads.
    private static bool Has(SKTypeface face, int codePoint)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyph(codePoint);
    }

    private static SKTypeface Typeface(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException("Skia cannot read a font of the font folder.");
    }
}
