using DocumentFormat.OpenXml.Packaging;
using Prikaz.Documents.Pictures;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// A PNG stored as an image part and placed in a run: inline (it cannot overlap text), or anchored at
/// the bottom right of the page's text area with text wrapping around it (the QR requisite).
/// </summary>
internal static class InlinePicture
{
    public static W.Run Create(DocxContext context, ReadOnlyMemory<byte> png, double widthMm, double heightMm, string description) =>
        Create(context, png, widthMm, heightMm, description, anchoredBottomRight: false);

    public static W.Run CreateBottomRight(DocxContext context, ReadOnlyMemory<byte> png, double sizeMm, string description) =>
        Create(context, png, sizeMm, sizeMm, description, anchoredBottomRight: true);

    private static W.Run Create(DocxContext context, ReadOnlyMemory<byte> png, double widthMm, double heightMm, string description, bool anchoredBottomRight)
    {
        var relationshipId = context.State.NextImageRelationshipId();
        var type = PictureFormat.MediaType(png.Span) == PictureFormat.Jpeg ? ImagePartType.Jpeg : ImagePartType.Png;
        var part = context.MainPart.AddImagePart(type, relationshipId);
        using (var stream = new MemoryStream(png.ToArray(), writable: false))
        {
            part.FeedData(stream);
        }

        var drawingId = context.State.NextDrawingId();
        var name = "Picture " + Units.Text(drawingId);
        var cx = Units.Emu(widthMm);
        var cy = Units.Emu(heightMm);
        var graphic = new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var extent = new DW.Extent { Cx = cx, Cy = cy };
        var effect = new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 };
        var properties = new DW.DocProperties { Id = drawingId, Name = name, Description = description };
        var locks = new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true });
        if (!anchoredBottomRight)
        {
            return new W.Run(new W.Drawing(new DW.Inline(extent, effect, properties, locks, graphic)
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            }));
        }

        // ГОСТ Р 7.0.97-2025: the QR code stands at the bottom right of the first page; text wraps around it.
        var gap = (uint)Units.Emu(2);
        return new W.Run(new W.Drawing(new DW.Anchor(
            new DW.SimplePosition { X = 0, Y = 0 },
            new DW.HorizontalPosition(new DW.HorizontalAlignment("right")) { RelativeFrom = DW.HorizontalRelativePositionValues.Margin },
            new DW.VerticalPosition(new DW.VerticalAlignment("bottom")) { RelativeFrom = DW.VerticalRelativePositionValues.Margin },
            extent,
            effect,
            new DW.WrapSquare { WrapText = DW.WrapTextValues.BothSides },
            properties,
            locks,
            graphic)
        {
            DistanceFromTop = gap,
            DistanceFromBottom = 0U,
            DistanceFromLeft = gap,
            DistanceFromRight = 0U,
            SimplePos = false,
            RelativeHeight = 1U,
            BehindDoc = false,
            Locked = false,
            LayoutInCell = true,
            AllowOverlap = false,
        }));
    }
}
