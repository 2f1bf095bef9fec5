namespace Prikaz.Documents;

/// <summary>
/// Text with one formatting. Non-breaking spaces (U+00A0) are kept as they are and must be written
/// as such (ГОСТ typography: after «№», between initials and surname).
/// </summary>
/// <param name="Text">The text; never contains line breaks.</param>
/// <param name="Bold">Bold weight.</param>
/// <param name="Italic">Italic shape.</param>
/// <param name="LetterSpacingPt">Extra space between letters in points (0 = normal), e.g. for «П Р И К А З».</param>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, double LetterSpacingPt = 0) : Inline;
