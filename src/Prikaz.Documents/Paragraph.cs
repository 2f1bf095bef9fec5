namespace Prikaz.Documents;

/// <summary>A paragraph in a named style.</summary>
/// <param name="Style">Id of a style in the document's <see cref="StyleSheet"/>.</param>
/// <param name="Inlines">The content.</param>
/// <param name="Alignment">Overrides the style's alignment when set.</param>
public sealed record Paragraph(string Style, IReadOnlyList<Inline> Inlines, Alignment? Alignment = null) : Block
{
    /// <summary>Whether the whole paragraph (its mark too) was inserted or deleted in a redline.</summary>
    public Revision Revision { get; init; }

    /// <summary>
    /// Where the paragraph comes from in the document's source file, as a JSON Pointer
    /// (<c>/order/title</c>); null when the markup does not say. Writers that publish ignore it; the live
    /// preview uses it to take a click on the page back to the YAML line.
    /// </summary>
    public string? Source { get; init; }
}
