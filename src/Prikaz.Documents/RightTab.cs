namespace Prikaz.Documents;

/// <summary>
/// Pushes the rest of the line flush against the right border, e.g. the order's date at the left
/// and «№ 017/1324» at the right border of the same line (ГОСТ Р 7.0.97: date and number on one line).
/// </summary>
public sealed record RightTab : Inline;
