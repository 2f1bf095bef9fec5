namespace Prikaz.Writers.Html;

/// <summary>Settings of the <see cref="HtmlWriter"/>; the defaults write the page for publishing.</summary>
public sealed record HtmlWriterOptions
{
    /// <summary>The page for publishing: nothing but the document.</summary>
    public static HtmlWriterOptions Published { get; } = new();

    /// <summary>
    /// Give every paragraph, point, table row and cell whose markup names its <c>source</c> a
    /// <c>data-source</c> attribute with that JSON Pointer and an <c>id</c> made from it, unique in the
    /// page. The live preview turns it on to update the page in place and to take a click back to the
    /// YAML line; off (the default), the page is byte for byte the published one.
    /// </summary>
    public bool SourceAnchors { get; init; }
}
