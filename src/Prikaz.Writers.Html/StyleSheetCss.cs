using Prikaz.Documents;

namespace Prikaz.Writers.Html;

/// <summary>
/// The CSS of a document's named paragraph styles (one class per style) and of the fixed blocks:
/// signature, e-signature mark, stamp, tables, the right tab and alignment overrides.
/// </summary>
internal static class StyleSheetCss
{
    /// <summary>
    /// Word's "single" line of Times New Roman is about 1.15 of the font size; CSS multiplies the font
    /// size, so this keeps lines as tall as in the DOCX.
    /// </summary>
    private const double SingleLineHeight = 1.15;

    /// <summary>The rules, one per line, in cascade order (later rules win over earlier ones).</summary>
    public static IEnumerable<string> Rules(StyleSheet styles)
    {
        var normal = styles.Resolve(StyleIds.Normal);
        yield return $"body {{ margin: 0; color: #000; font-family: {Css.FontStack(normal.FontFamily)}; font-size: {Css.Pt(normal.FontSizePt)}; }}";
        yield return "p, h1, h2 { margin: 0; }";

        // An empty paragraph is a blank line in Word; in HTML it would have no height.
        yield return "p:empty::before { content: \"\\a0\"; }";

        foreach (var style in DefinedStyles(styles))
        {
            yield return StyleRule(style);
        }

        yield return ".tabbed { display: flex; justify-content: space-between; align-items: baseline; text-indent: 0; }";
        yield return ".stamp { margin-left: auto; }";
        yield return ".signature { display: flex; justify-content: space-between; align-items: flex-end; break-inside: avoid; }";
        yield return ".signature-name { text-align: right; white-space: nowrap; }";
        yield return ".signature .esign { align-self: center; margin: 0 4mm; }";
        yield return $".esign {{ box-sizing: border-box; width: {Css.Mm(ElectronicSignatureMark.WidthMm)}; min-height: {Css.Mm(ElectronicSignatureMark.HeightMm)}; display: flex; flex-direction: column; justify-content: center; padding: 1.5mm 2mm; border: 0.75pt solid #1f3f8f; border-radius: 2mm; color: #1f3f8f; break-inside: avoid; }}";
        yield return ".esign p { text-indent: 0; }";
        yield return ".esign-heading { font-weight: bold; margin-bottom: 1mm; }";
        yield return ".qr { box-sizing: border-box; margin-left: auto; display: flex; align-items: center; justify-content: center; border: 0.5pt solid #000; padding: 1mm; font-size: 7pt; overflow-wrap: anywhere; text-align: center; }";
        yield return ".qr a { color: inherit; }";
        yield return ".figure { text-indent: 0; line-height: 0; }";
        yield return "table.grid { border-collapse: collapse; table-layout: fixed; }";
        yield return "table.grid th, table.grid td { border: 0.5pt solid #000; padding: 0 1.9mm; vertical-align: top; font-weight: normal; }";
        yield return "table.grid tr { break-inside: auto; }";
        yield return "table.grid tr.keep { break-inside: avoid; }";
        yield return ".column-numbers p { text-align: center; text-indent: 0; }";
        yield return ".section-row p { font-weight: bold; }";
        foreach (var alignment in Enum.GetValues<Alignment>())
        {
            yield return $".{Css.AlignmentClass(alignment)} {{ text-align: {Css.TextAlign(alignment)}; }}";
        }
    }

    /// <summary>The sheet's styles, plus the built-in «Обычный» when the sheet lacks it (the fallback of every style).</summary>
    private static IEnumerable<ParagraphStyle> DefinedStyles(StyleSheet styles) =>
        styles.Find(StyleIds.Normal) is null ? [styles.Resolve(StyleIds.Normal), .. styles.Styles] : styles.Styles;

    private static string StyleRule(ParagraphStyle style) =>
        $".{Css.StyleClass(style.Id)} {{ font-family: {Css.FontStack(style.FontFamily)}; font-size: {Css.Pt(style.FontSizePt)}; "
        + $"font-weight: {(style.Bold ? "bold" : "normal")}; font-style: {(style.Italic ? "italic" : "normal")}; "
        + $"text-align: {Css.TextAlign(style.Alignment)}; text-indent: {Css.Mm(style.FirstLineIndentMm)}; "
        + $"margin: {Css.Pt(style.SpaceBeforePt)} {Css.Mm(style.RightIndentMm)} {Css.Pt(style.SpaceAfterPt)} 0; "
        + $"line-height: {Css.Number(SingleLineHeight * style.LineSpacing)}; "
        + $"letter-spacing: {(style.LetterSpacingPt == 0 ? "normal" : Css.Pt(style.LetterSpacingPt))};"
        + (style.KeepWithNext ? " break-after: avoid;" : string.Empty)
        + " }";
}
