namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>
/// One of the four faces of the family (regular, bold, italic, bold italic), or the fallback face drawn
/// in that style for characters the family lacks (<see cref="FallbackScripts"/>).
/// </summary>
internal readonly record struct FontKey(bool Bold, bool Italic, bool Fallback = false)
{
    /// <summary>The fallback font's file: DejaVu Serif, a serif like the family, with Greek, Armenian, Georgian and many symbols.</summary>
    public const string FallbackFileName = "DejaVuSerif.ttf";

    public static FontKey Regular { get; } = new(false, false);

    public static IReadOnlyList<FontKey> All { get; } = [new(false, false), new(true, false), new(false, true), new(true, true)];

    /// <summary>The same style in the family's own face.</summary>
    public FontKey Primary => this with { Fallback = false };

    /// <summary>The Liberation Serif file of this face, or the fallback file.</summary>
    public string FileName => (Fallback, Bold, Italic) switch
    {
        (true, _, _) => FallbackFileName,
        (_, false, false) => "LiberationSerif-Regular.ttf",
        (_, true, false) => "LiberationSerif-Bold.ttf",
        (_, false, true) => "LiberationSerif-Italic.ttf",
        _ => "LiberationSerif-BoldItalic.ttf",
    };
}
