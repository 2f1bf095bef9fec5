using Prikaz.Writers.Pdf.Fonts;
using Prikaz.Writers.Pdf.Layout;
using SkiaSharp;

namespace Prikaz.Writers.Pdf.Drawing;

/// <summary>Draws laid-out pages through Skia's PDF backend; it decides nothing about positions.</summary>
internal static class PageDrawing
{
    public static void Draw(IReadOnlyList<LaidOutPage> pages, FontSet fonts, SKDocumentPdfMetadata metadata, Stream output)
    {
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke };
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(page.Geometry.Width, page.Geometry.Height);
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case PageItem.Text text:
                        DrawText(canvas, fonts, text, ink);
                        if (text.Style.Revision != Documents.Revision.None)
                        {
                            DrawRevisionLine(canvas, fonts, text, line);
                        }

                        break;
                    case PageItem.Frame frame:
                        line.StrokeWidth = frame.LineWidth;
                        canvas.DrawRect(frame.X, frame.Y, frame.Width, frame.Height, line);
                        break;
                    case PageItem.Squares squares:
                        using (var builder = new SKPathBuilder())
                        {
                            foreach (var (x, y, width, height) in squares.Rectangles)
                            {
                                builder.AddRect(SKRect.Create(x, y, width, height));
                            }

                            using var path = builder.Detach();
                            canvas.DrawPath(path, ink);
                        }

                        break;
                    case PageItem.Picture picture:
                        using (var image = SKImage.FromEncodedData(picture.Png.Span))
                        {
                            if (image is not null)
                            {
                                canvas.DrawImage(image, SKRect.Create(picture.X, picture.Y, picture.Width, picture.Height), new SKSamplingOptions(SKFilterMode.Linear));
                            }
                        }

                        break;
                }
            }

            document.EndPage();
        }

        document.Close();
    }

    /// <summary>A redline's mark: a line under inserted text, through deleted text, as Word shows them.</summary>
    private static void DrawRevisionLine(SKCanvas canvas, FontSet fonts, PageItem.Text text, SKPaint line)
    {
        var size = text.Style.SizePt;
        var y = text.Style.Revision == Documents.Revision.Inserted ? text.Baseline + (size * 0.12f) : text.Baseline - (size * 0.28f);
        line.StrokeWidth = size * 0.05f;
        canvas.DrawLine(text.X, y, text.X + fonts.Measure(text.Value, text.Style), y, line);
    }

    private static void DrawText(SKCanvas canvas, FontSet fonts, PageItem.Text text, SKPaint ink)
    {
        var font = fonts.Font(text.Style);
        if (text.Style.LetterSpacingPt == 0)
        {
            canvas.DrawText(text.Value, text.X, text.Baseline, SKTextAlign.Left, font, ink);
            return;
        }

        // Letter-spaced text («П Р И К А З» style): every glyph placed at its own x.
        var widths = font.GetGlyphWidths(text.Value);
        var positions = new float[widths.Length];
        var x = 0f;
        for (var i = 0; i < widths.Length; i++)
        {
            positions[i] = x;
            x += widths[i] + text.Style.LetterSpacingPt;
        }

        using var blob = SKTextBlob.CreateHorizontal(text.Value, font, positions, 0);
        if (blob is not null)
        {
            canvas.DrawText(blob, text.X, text.Baseline, ink);
        }
    }
}
