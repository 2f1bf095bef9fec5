namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Text drawn at <paramref name="X"/> from the left edge of its line box, on the line's baseline.</summary>
internal sealed record PlacedRun(float X, string Text, TextStyle Style, float Width);
