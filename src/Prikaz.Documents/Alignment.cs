namespace Prikaz.Documents;

/// <summary>Horizontal alignment of a paragraph or of the content of a table cell.</summary>
public enum Alignment
{
    /// <summary>Flush with the left border.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush with the right border.</summary>
    Right,

    /// <summary>Justified to both borders (body text).</summary>
    Justify,
}
