namespace Prikaz.Documents;

/// <summary>
/// A run of pages sharing one page setup. A new section always starts on a new page
/// (an appendix in landscape is its own section).
/// </summary>
/// <param name="Size">Paper size, given in portrait (width ≤ height).</param>
/// <param name="Orientation">Portrait or landscape; landscape swaps the paper's width and height.</param>
/// <param name="Margins">Page margins in millimetres.</param>
/// <param name="PageNumbers">Where page numbers show (centred in the top margin).</param>
/// <param name="RestartPageNumbers">Whether numbering restarts at 1 with this section instead of continuing.</param>
/// <param name="Blocks">The content of the section in reading order.</param>
public sealed record PageSection(
    PageSize Size,
    PageOrientation Orientation,
    PageMargins Margins,
    PageNumbers PageNumbers,
    bool RestartPageNumbers,
    IReadOnlyList<Block> Blocks);
