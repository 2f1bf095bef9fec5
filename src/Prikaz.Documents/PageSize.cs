namespace Prikaz.Documents;

/// <summary>Paper size in millimetres, always stated in portrait (width ≤ height).</summary>
/// <param name="WidthMm">Width of the sheet in portrait.</param>
/// <param name="HeightMm">Height of the sheet in portrait.</param>
public sealed record PageSize(double WidthMm, double HeightMm)
{
    /// <summary>A4, 210 × 297 mm (ГОСТ Р 7.0.97: documents are made on A4 or A5).</summary>
    public static PageSize A4 { get; } = new(210, 297);

    /// <summary>A5, 148 × 210 mm.</summary>
    public static PageSize A5 { get; } = new(148, 210);
}
