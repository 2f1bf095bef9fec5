using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// Lays a whole document out into pages before anything is drawn: sections in order, each starting
/// on a new page with its own size and orientation; page numbers centred in the top margin; the QR
/// code on page 1.
/// </summary>
internal sealed class DocumentLayout(FontSet fonts)
{
    /// <summary>ГОСТ Р 7.0.97: the page number stands at least 10 mm from the top edge.</summary>
    private static readonly float PageNumberTop = Units.Mm(10);

    public IReadOnlyList<LaidOutPage> Lay(Document document)
    {
        var styler = new ParagraphStyler(document.Styles);
        var breaker = new LineBreaker(fonts);
        var flow = new PageFlow();
        foreach (var section in document.Sections)
        {
            flow.StartSection(PageGeometry.Of(section));
            var layout = new SectionLayout(fonts, styler, breaker, flow.ContentWidth, flow.FullPage);
            foreach (var block in section.Blocks)
            {
                BlockConverters.Registry.Convert(block, layout);
            }

            var blocks = layout.Blocks;

            // Word (and LibreOffice on a DOCX) puts the larger of one paragraph's space after and the
            // next one's space before between them, not their sum: «ПРИКАЗ» (12 pt after) and the
            // date line (6 pt before) stand 12 pt apart. Space before is dropped at the top of a page.
            var spaceAfter = 0f;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (!flow.AtTop)
                {
                    flow.Advance(Math.Max(spaceAfter, block.SpaceBefore));
                }

                if (block.KeepWithNext && i + 1 < blocks.Count && !flow.AtTop)
                {
                    var next = blocks[i + 1];
                    var needed = block.Height + Math.Max(block.SpaceAfter, next.SpaceBefore) + next.LeadHeight;
                    if (needed > flow.Remaining && needed <= flow.FullPage)
                    {
                        flow.NewPage();
                    }
                }

                block.Place(flow);
                spaceAfter = block.SpaceAfter;
            }
        }

        // A PDF needs a page; a document without sections gets one blank A4 sheet.
        if (flow.Pages.Count == 0)
        {
            flow.StartSection(PageGeometry.Of(new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false, [])));
        }

        Number(document, flow.Pages, styler);
        PlaceQrCodes(flow);
        return flow.Pages;
    }

    private void Number(Document document, IReadOnlyList<LaidOutPage> pages, ParagraphStyler styler)
    {
        var style = styler.TextStyle(StyleIds.Normal) with { Font = FontKey.Regular, LetterSpacingPt = 0 };
        var number = 0;
        foreach (var page in pages.Where(page => page.Section < document.Sections.Count))
        {
            var section = document.Sections[page.Section];
            number = page.IndexInSection == 0 && section.RestartPageNumbers ? 1 : number + 1;
            var shown = section.PageNumbers switch
            {
                PageNumbers.All => true,
                PageNumbers.FromSecondPage => page.IndexInSection > 0,
                _ => false,
            };
            if (!shown)
            {
                continue;
            }

            page.Number = number;
            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var width = fonts.Measure(text, style);
            var top = Math.Max(PageNumberTop, (page.Geometry.Top - fonts.LineHeight(style)) / 2);
            page.Items.Add(new PageItem.Text((page.Geometry.Width - width) / 2, top + fonts.Ascent(style), text, style));
        }
    }

    private void PlaceQrCodes(PageFlow flow)
    {
        if (flow.Pages.Count == 0)
        {
            return;
        }

        var page = flow.Pages[0];
        var geometry = page.Geometry;
        foreach (var qr in flow.QrCodes)
        {
            var x = geometry.Width - geometry.Right - qr.Size;
            var y = geometry.ContentBottom - qr.Size;
            if (Overlaps(page, x, y, qr.Size))
            {
                y = Math.Max(Units.Mm(5), geometry.Top - qr.Size);
            }

            page.Items.Add(qr.Modules.Moved(x, y));
        }
    }

    /// <summary>Whether anything already on the page reaches into the square at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    private bool Overlaps(LaidOutPage page, float x, float y, float size)
    {
        foreach (var item in page.Items)
        {
            var (left, top, width, height) = item switch
            {
                PageItem.Text text => (text.X, text.Baseline - fonts.Ascent(text.Style), fonts.Measure(text.Value, text.Style), fonts.LineHeight(text.Style)),
                PageItem.Frame frame => (frame.X, frame.Y, frame.Width, frame.Height),
                PageItem.Picture picture => (picture.X, picture.Y, picture.Width, picture.Height),
                _ => (0f, 0f, 0f, 0f),
            };
            if (width > 0 && left < x + size && left + width > x && top < y + size && top + height > y)
            {
                return true;
            }
        }

        return false;
    }
}
