namespace Prikaz.Documents;

/// <summary>Which pages of a section show a page number.</summary>
public enum PageNumbers
{
    /// <summary>No page numbers.</summary>
    None,

    /// <summary>Every page, including the section's first one (an appendix continuing the numbering).</summary>
    All,

    /// <summary>Every page but the section's first (ГОСТ Р 7.0.97: numbering starts on page 2).</summary>
    FromSecondPage,
}
