using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>A page break: a new printed page, a dashed rule on screen.</summary>
internal sealed class PageBreakConverter : BlockConverter<PageBreak, HtmlRenderer>
{
    protected override void Convert(PageBreak block, HtmlRenderer renderer)
    {
        renderer.Markup.OpenLine("div", ("class", "page-break"), ("role", "presentation"));
        renderer.Markup.CloseLine("div");
    }
}
