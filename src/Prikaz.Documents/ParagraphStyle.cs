namespace Prikaz.Documents;

/// <summary>
/// A named paragraph style. <see cref="Id"/> is what markup and blocks refer to; <see cref="Name"/>
/// is the Russian name a clerk sees in Word's style list («Обычный», «Пункт», «Подпись»).
/// </summary>
public sealed record ParagraphStyle
{
    /// <summary>Latin id used in markup (<c>style="point"</c>), letters, digits and dashes.</summary>
    public required string Id { get; init; }

    /// <summary>Display name in Russian.</summary>
    public required string Name { get; init; }

    /// <summary>Font family; Times New Roman by ГОСТ practice (PDF substitutes a metric-compatible font).</summary>
    public string FontFamily { get; init; } = "Times New Roman";

    /// <summary>Font size in points.</summary>
    public double FontSizePt { get; init; } = 14;

    /// <summary>Bold weight.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic shape.</summary>
    public bool Italic { get; init; }

    /// <summary>Horizontal alignment.</summary>
    public Alignment Alignment { get; init; } = Alignment.Left;

    /// <summary>First-line indent in millimetres (body text: 12.5 mm).</summary>
    public double FirstLineIndentMm { get; init; }

    /// <summary>
    /// Space kept free at the right of the paragraph in millimetres; narrows a block from the left
    /// border, e.g. the title to the text «not wider than about 7.5 cm» (ГОСТ Р 7.0.97 practice).
    /// </summary>
    public double RightIndentMm { get; init; }

    /// <summary>Space before the paragraph in points.</summary>
    public double SpaceBeforePt { get; init; }

    /// <summary>Space after the paragraph in points.</summary>
    public double SpaceAfterPt { get; init; }

    /// <summary>Line spacing as a multiple of single spacing (1.0, 1.15, 1.5).</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>Extra space between letters in points (0 = normal).</summary>
    public double LetterSpacingPt { get; init; }

    /// <summary>Keep the paragraph on the same page as the next one (headings, titles).</summary>
    public bool KeepWithNext { get; init; }
}
