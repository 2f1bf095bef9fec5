using Prikaz.Documents;

namespace Prikaz.Writers.Docx;

/// <summary>Direct formatting a converter adds on top of a paragraph's named style.</summary>
/// <param name="Alignment">Overrides the style's alignment.</param>
/// <param name="LeftIndentTwips">Left indent, e.g. to push a stamp against the right border.</param>
/// <param name="Bold">Makes every run bold (section rows of a table).</param>
/// <param name="NoFirstLineIndent">Cancels the style's first-line indent.</param>
/// <param name="Mark">The paragraph mark inserted or deleted in a redline.</param>
internal sealed record ParagraphFormat(Alignment? Alignment = null, int? LeftIndentTwips = null, bool Bold = false, bool NoFirstLineIndent = false, Revision Mark = Revision.None)
{
    public static ParagraphFormat None { get; } = new();
}
