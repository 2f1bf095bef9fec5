namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>One of the four faces of the family: regular, bold, italic, bold italic.</summary>
internal readonly record struct FontKey(bool Bold, bool Italic)
{
    public static FontKey Regular { get; } = new(false, false);

    public static IReadOnlyList<FontKey> All { get; } = [new(false, false), new(true, false), new(false, true), new(true, true)];

    /// <summary>The Liberation Serif file of this face.</summary>
    public string FileName => (Bold, Italic) switch
    {
        (false, false) => "LiberationSerif-Regular.ttf",
        (true, false) => "LiberationSerif-Bold.ttf",
        (false, true) => "LiberationSerif-Italic.ttf",
        _ => "LiberationSerif-BoldItalic.ttf",
    };
}
