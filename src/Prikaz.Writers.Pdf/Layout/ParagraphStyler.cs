using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Resolves the document's named styles into what line breaking needs.</summary>
internal sealed class ParagraphStyler(StyleSheet styles)
{
    public ParagraphStyle Style(string id) => styles.Resolve(id);

    public TextStyle TextStyle(string styleId, bool bold = false) => TextStyle(Style(styleId), bold);

    public static TextStyle TextStyle(ParagraphStyle style, bool bold = false) =>
        new(new FontKey(style.Bold || bold, style.Italic), (float)style.FontSizePt, (float)style.LetterSpacingPt);

    public StyledParagraph Paragraph(Paragraph paragraph) =>
        Paragraph(paragraph.Style, paragraph.Inlines, paragraph.Alignment);

    public StyledParagraph NumberedPoint(NumberedPoint point) =>
        Paragraph(point.Style, [new TextRun(point.Number + " "), .. point.Inlines], point.Alignment);

    /// <summary>Plain text lines in one style (executor mark, stamp lines given as strings).</summary>
    public StyledParagraph Lines(string styleId, IEnumerable<string> lines, Alignment? alignment = null, bool bold = false)
    {
        var inlines = new List<Inline>();
        foreach (var line in lines)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.Add(new TextRun(line, Bold: bold));
        }

        return Paragraph(styleId, inlines, alignment, firstLineIndent: false);
    }

    /// <summary>
    /// <paramref name="bold"/> makes every run bold (section rows of a roadmap table);
    /// <paramref name="firstLineIndent"/> off drops the style's indent (requisites built from lines).
    /// </summary>
    public StyledParagraph Paragraph(string styleId, IReadOnlyList<Inline> inlines, Alignment? alignment, bool bold = false, bool firstLineIndent = true)
    {
        var style = Style(styleId);
        var baseStyle = TextStyle(style, bold);
        var format = new ParagraphFormat(
            alignment ?? style.Alignment,
            firstLineIndent ? Units.Mm(style.FirstLineIndentMm) : 0,
            (float)style.SpaceBeforePt,
            (float)style.SpaceAfterPt,
            (float)style.LineSpacing,
            style.KeepWithNext,
            Units.Mm(style.RightIndentMm));
        var styled = new List<StyledInline>(inlines.Count);
        foreach (var inline in inlines)
        {
            styled.Add(inline switch
            {
                TextRun run => new StyledInline.Text(
                    run.Text,
                    new TextStyle(
                        new FontKey(style.Bold || bold || run.Bold, style.Italic || run.Italic),
                        baseStyle.SizePt,
                        run.LetterSpacingPt != 0 ? (float)run.LetterSpacingPt : baseStyle.LetterSpacingPt,
                        run.Revision)),
                LineBreak => new StyledInline.Break(baseStyle),
                RightTab => new StyledInline.Tab(baseStyle),
                _ => throw new NotSupportedException($"Unknown inline {inline.GetType().Name}."),
            });
        }

        return new StyledParagraph(format, baseStyle, styled);
    }
}
