using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>
/// A paragraph. The document kind («ПРИКАЗ») is the page's <c>h1</c> and titles are <c>h2</c>, so that
/// screen readers can move through the order by headings; the look still comes from the style class.
/// </summary>
internal sealed class ParagraphConverter : BlockConverter<Paragraph, HtmlRenderer>
{
    protected override void Convert(Paragraph block, HtmlRenderer renderer)
    {
        var tag = block.Style switch
        {
            StyleIds.DocumentKind => "h1",
            StyleIds.Title or StyleIds.CenteredTitle => "h2",
            _ => "p",
        };
        renderer.WriteParagraph(tag, block.Style, block.Alignment, block.Inlines, source: block.Source);
    }
}
