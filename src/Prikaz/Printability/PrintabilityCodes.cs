namespace Prikaz.Printability;

/// <summary>Codes of what the documents could not show (PRK240–PRK249): found by validate, before rendering.</summary>
public static class PrintabilityCodes
{
    /// <summary>The QR code's content is longer than a QR code can hold.</summary>
    public const string QrTooLong = "PRK240";

    /// <summary>Characters the PDF fonts cannot draw: they would vanish from the PDF.</summary>
    public const string MissingGlyphs = "PRK241";

    /// <summary>A letterhead line of the profile wraps and leaves one word alone on its last line.</summary>
    public const string LetterheadWidow = "PRK242";

    /// <summary>Every code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (QrTooLong, "содержимое QR-кода длиннее, чем вмещает QR-код"),
        (MissingGlyphs, "символы, которых нет в шрифтах PDF: в PDF они пропадут"),
        (LetterheadWidow, "строка бланка переносится, и на последней строке остаётся одно слово"),
    ];
}
