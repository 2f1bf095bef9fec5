using Prikaz.Documents;

namespace Prikaz.Tests.Support;

/// <summary>
/// A text measure for tests that need none of the fonts: every character half an em wide (a bold one
/// 10 % wider), so widths are easy to work out by hand.
/// </summary>
internal sealed class MonospaceMeasure : ITextMeasure
{
    private const double MmPerPoint = 25.4 / 72;

    public static MonospaceMeasure Instance { get; } = new();

    public double WidthMm(string text, double sizePt, bool bold = false, bool italic = false) =>
        text.Length * sizePt * 0.5 * MmPerPoint * (bold ? 1.1 : 1);
}
