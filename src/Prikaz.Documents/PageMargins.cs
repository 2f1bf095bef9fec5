namespace Prikaz.Documents;

/// <summary>Page margins in millimetres, in the order CSS uses: top, right, bottom, left.</summary>
public sealed record PageMargins(double TopMm, double RightMm, double BottomMm, double LeftMm)
{
    /// <summary>ГОСТ Р 7.0.97: top 20, right 10, bottom 20, left 30 mm (documents kept over 10 years).</summary>
    public static PageMargins Standard { get; } = new(20, 10, 20, 30);
}
