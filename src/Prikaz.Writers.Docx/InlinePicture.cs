using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>A PNG stored as an image part and placed inline in a run (never floating, so it cannot overlap text).</summary>
internal static class InlinePicture
{
    public static W.Run Create(DocxContext context, ReadOnlyMemory<byte> png, double widthMm, double heightMm, string description)
    {
        var relationshipId = context.State.NextImageRelationshipId();
        var part = context.MainPart.AddImagePart(ImagePartType.Png, relationshipId);
        using (var stream = new MemoryStream(png.ToArray(), writable: false))
        {
            part.FeedData(stream);
        }

        var drawingId = context.State.NextDrawingId();
        var name = "Picture " + Units.Text(drawingId);
        var cx = Units.Emu(widthMm);
        var cy = Units.Emu(heightMm);
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Run(new W.Drawing(inline));
    }
}
