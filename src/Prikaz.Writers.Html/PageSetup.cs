using Prikaz.Documents;

namespace Prikaz.Writers.Html;

/// <summary>
/// What a printed page of a section looks like: paper, orientation, margins and page numbers. Sections
/// with the same setup share one named CSS page.
/// </summary>
internal sealed record PageSetup(PageSize Size, PageOrientation Orientation, PageMargins Margins, PageNumbers PageNumbers)
{
    /// <summary>The setup of <paramref name="section"/>.</summary>
    public static PageSetup Of(PageSection section) =>
        new(section.Size, section.Orientation, section.Margins, section.PageNumbers);

    /// <summary>Width of the sheet as it lies (landscape swaps the sides).</summary>
    public double SheetWidthMm => Orientation == PageOrientation.Landscape ? Size.HeightMm : Size.WidthMm;

    /// <summary>Height of the sheet as it lies.</summary>
    public double SheetHeightMm => Orientation == PageOrientation.Landscape ? Size.WidthMm : Size.HeightMm;

    /// <summary>The orientation word CSS and the class names use.</summary>
    public string OrientationName => Orientation == PageOrientation.Landscape ? "landscape" : "portrait";

    /// <summary>The CSS <c>size</c> value: a paper name where CSS has one, millimetres otherwise.</summary>
    public string CssSize
    {
        get
        {
            var paper = Size == PageSize.A4 ? "A4" : Size == PageSize.A5 ? "A5" : null;
            return paper is null ? $"{Css.Mm(SheetWidthMm)} {Css.Mm(SheetHeightMm)}" : $"{paper} {OrientationName}";
        }
    }

    /// <summary>The margins in CSS order.</summary>
    public string CssMargins => $"{Css.Mm(Margins.TopMm)} {Css.Mm(Margins.RightMm)} {Css.Mm(Margins.BottomMm)} {Css.Mm(Margins.LeftMm)}";
}
