using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Sheet and content area of a section's pages, in points.</summary>
internal sealed record PageGeometry(float Width, float Height, float Top, float Right, float Bottom, float Left)
{
    public float ContentWidth => Width - Left - Right;

    public float ContentBottom => Height - Bottom;

    /// <summary>Landscape swaps the sheet's sides (A4 landscape is 297 × 210 mm).</summary>
    public static PageGeometry Of(PageSection section)
    {
        var (width, height) = section.Orientation == PageOrientation.Landscape
            ? (section.Size.HeightMm, section.Size.WidthMm)
            : (section.Size.WidthMm, section.Size.HeightMm);
        var margins = section.Margins;
        return new PageGeometry(
            Units.Mm(width),
            Units.Mm(height),
            Units.Mm(margins.TopMm),
            Units.Mm(margins.RightMm),
            Units.Mm(margins.BottomMm),
            Units.Mm(margins.LeftMm));
    }
}
