namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// The four Liberation Serif files read once from the font folder. Liberation Serif stands for
/// Times New Roman (metric-compatible) and for any other family a style names: it is the only family
/// shipped, and no system font lookup is done.
/// </summary>
internal sealed class FontFiles
{
    private readonly Dictionary<FontKey, byte[]> faces;

    private FontFiles(Dictionary<FontKey, byte[]> faces) => this.faces = faces;

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

        return new FontFiles(faces);
    }

    /// <summary>Whole fonts, e.g. for layout tests.</summary>
    public FontSet Whole() => FontSet.FromData(faces);

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

        wholeFaces = whole;
        return FontSet.FromData(subsets);
    }
}
