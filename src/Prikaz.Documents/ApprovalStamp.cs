namespace Prikaz.Documents;

/// <summary>
/// The approval stamp (гриф утверждения) or appendix mark at the top right of an appendix:
/// a block of the given width pushed against the right border, its lines left-aligned inside it.
/// </summary>
/// <param name="Lines">The lines, e.g. «УТВЕРЖДЕНА», «приказом Министерства …», «от 23.06.2020 № 017/1324».</param>
/// <param name="WidthMm">Width of the block (about 75–80 mm).</param>
public sealed record ApprovalStamp(IReadOnlyList<Paragraph> Lines, double WidthMm) : Block;
