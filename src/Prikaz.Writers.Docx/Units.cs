using System.Globalization;

namespace Prikaz.Writers.Docx;

/// <summary>
/// Conversions from the model's millimetres and points to WordprocessingML units. Rounding is
/// away from zero on midpoints so the same length always gives the same number.
/// </summary>
internal static class Units
{
    /// <summary>Twips (1/20 pt) per millimetre: 1440 / 25.4.</summary>
    public const double TwipsPerMm = 1440 / 25.4;

    public static int Twips(double mm) => (int)Math.Round(mm * TwipsPerMm, MidpointRounding.AwayFromZero);

    /// <summary>English Metric Units for drawings: 36 000 per millimetre.</summary>
    public static long Emu(double mm) => (long)Math.Round(mm * 36000, MidpointRounding.AwayFromZero);

    /// <summary>Font sizes are in half-points.</summary>
    public static string HalfPoints(double pt) => ((int)Math.Round(pt * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Spacing and letter spacing are in twentieths of a point.</summary>
    public static int TwentiethsOfPoint(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    /// <summary>Auto line spacing is in 240ths of a line.</summary>
    public static int LineUnits(double multiple) => (int)Math.Round(multiple * 240, MidpointRounding.AwayFromZero);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
