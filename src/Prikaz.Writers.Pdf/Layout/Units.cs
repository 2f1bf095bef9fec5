namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Layout works in PDF points (1/72 inch); the document model speaks millimetres.</summary>
internal static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Mm(double millimetres) => (float)(millimetres * PointsPerMm);
}
