namespace Prikaz.Documents;

/// <summary>
/// A numbered point of an order's text. The number is given («3.1.»); writers print it before the
/// text followed by a space and never compute or renumber it.
/// </summary>
/// <param name="Number">The number as printed, e.g. «1.» or «3.1.».</param>
/// <param name="Style">Id of a style in the document's <see cref="StyleSheet"/>.</param>
/// <param name="Inlines">The text after the number.</param>
/// <param name="Alignment">Overrides the style's alignment when set.</param>
public sealed record NumberedPoint(string Number, string Style, IReadOnlyList<Inline> Inlines, Alignment? Alignment = null) : Block
{
    /// <summary>Whether the whole point, its number included, was inserted or deleted in a redline.</summary>
    public Revision Revision { get; init; }

    /// <summary>
    /// Where the point comes from in the document's source file, as a JSON Pointer
    /// (<c>/order/points/2/points/0</c>); null when the markup does not say. Writers that publish ignore it; the live
    /// preview uses it to take a click on the page back to the YAML line.
    /// </summary>
    public string? Source { get; init; }
}
