using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Everything that decides how a piece of text is measured and drawn.</summary>
internal readonly record struct TextStyle(FontKey Font, float SizePt, float LetterSpacingPt);
