namespace Prikaz.Writers.Pdf.Layout;

/// <summary>One finished page: its geometry, what to draw, and the number printed on it, if any.</summary>
internal sealed class LaidOutPage(PageGeometry geometry, int section, int indexInSection)
{
    public PageGeometry Geometry { get; } = geometry;

    /// <summary>Index of the section in the document.</summary>
    public int Section { get; } = section;

    /// <summary>0 for the first page of its section.</summary>
    public int IndexInSection { get; } = indexInSection;

    /// <summary>The printed page number, or <c>null</c> when this page shows none.</summary>
    public int? Number { get; set; }

    public List<PageItem> Items { get; } = [];

    /// <summary>The text of the page in drawing order, for tests.</summary>
    public IEnumerable<string> Texts => Items.OfType<PageItem.Text>().Select(text => text.Value);
}
