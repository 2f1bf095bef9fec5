using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// What the layout converters share while one page section is laid out: the fonts, the styles, the
/// line breaker, the section's content width and page height, and the blocks measured so far.
/// </summary>
internal sealed class SectionLayout(FontSet fonts, ParagraphStyler styler, LineBreaker breaker, float contentWidth, float contentHeight)
{
    private readonly List<FlowBlock> blocks = [];

    public FontSet Fonts => fonts;

    public ParagraphStyler Styler => styler;

    public LineBreaker Breaker => breaker;

    public float ContentWidth => contentWidth;

    /// <summary>Height of the content area of a page of the section.</summary>
    public float ContentHeight => contentHeight;

    /// <summary>The section's blocks in order, each measured for the content width.</summary>
    public IReadOnlyList<FlowBlock> Blocks => blocks;

    public void Add(FlowBlock block) => blocks.Add(block);

    /// <summary>Breaks <paramref name="paragraph"/> into lines of the content width.</summary>
    public ParagraphLines Break(StyledParagraph paragraph) => breaker.Break(paragraph, contentWidth);
}
