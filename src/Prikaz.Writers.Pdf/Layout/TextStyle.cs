using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Everything that decides how a piece of text is measured and drawn.</summary>
/// <param name="Revision">A redline's inserted text is drawn underlined, its deleted text struck through.</param>
internal readonly record struct TextStyle(FontKey Font, float SizePt, float LetterSpacingPt, Revision Revision = Revision.None);
