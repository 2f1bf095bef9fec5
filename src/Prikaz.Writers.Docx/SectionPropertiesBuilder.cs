using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// <c>w:sectPr</c> for a page section. Every section names its own headers, because Word would
/// otherwise inherit the previous section's: from page 2 means <c>w:titlePg</c> with an empty
/// first-page header and the numbered header as the default.
/// </summary>
internal static class SectionPropertiesBuilder
{
    /// <summary>Distance of the page number from the top edge: 10 mm (ГОСТ Р 7.0.97: at least 10 mm).</summary>
    private const double HeaderDistanceMm = 10;

    public static W.SectionProperties Build(PageSection section, HeaderIds headers)
    {
        var properties = new W.SectionProperties();
        switch (section.PageNumbers)
        {
            case PageNumbers.None:
                properties.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headers.Empty });
                break;
            case PageNumbers.All:
                properties.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headers.Numbered });
                break;
            case PageNumbers.FromSecondPage:
                properties.Append(
                    new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headers.Numbered },
                    new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = headers.Empty });
                break;
        }

        var (width, height) = PaperTwips(section);
        var pageSize = new W.PageSize { Width = (uint)width, Height = (uint)height };
        if (section.Orientation == PageOrientation.Landscape)
        {
            pageSize.Orient = W.PageOrientationValues.Landscape;
        }

        properties.Append(
            new W.SectionType { Val = W.SectionMarkValues.NextPage },
            pageSize,
            new W.PageMargin
            {
                Top = Units.Twips(section.Margins.TopMm),
                Right = (uint)Units.Twips(section.Margins.RightMm),
                Bottom = Units.Twips(section.Margins.BottomMm),
                Left = (uint)Units.Twips(section.Margins.LeftMm),
                Header = (uint)Units.Twips(HeaderDistanceMm),
                Footer = (uint)Units.Twips(HeaderDistanceMm),
                Gutter = 0U,
            });
        if (section.RestartPageNumbers)
        {
            properties.Append(new W.PageNumberType { Start = 1 });
        }

        properties.Append(new W.Columns { Space = "708" });
        if (section.PageNumbers == PageNumbers.FromSecondPage)
        {
            properties.Append(new W.TitlePage());
        }

        return properties;
    }

    /// <summary>The width of the text between the margins, in twips.</summary>
    public static int TextWidthTwips(PageSection section) =>
        PaperTwips(section).Width - Units.Twips(section.Margins.LeftMm) - Units.Twips(section.Margins.RightMm);

    /// <summary>Paper width and height as laid out: landscape swaps the portrait dimensions.</summary>
    private static (int Width, int Height) PaperTwips(PageSection section)
    {
        var width = Units.Twips(section.Size.WidthMm);
        var height = Units.Twips(section.Size.HeightMm);
        return section.Orientation == PageOrientation.Landscape ? (height, width) : (width, height);
    }
}
