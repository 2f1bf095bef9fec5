namespace Prikaz.Documents;

/// <summary>
/// The mark of an electronic signature (отметка об электронной подписи): a frame of about
/// 75 × 27 mm with 7–9 pt text (ГОСТ practice: 60–80 × 25–30 mm). Prikaz draws the mark from given fields; it signs nothing.
/// </summary>
/// <param name="Certificate">Serial number of the certificate.</param>
/// <param name="Owner">Owner of the certificate (full name).</param>
/// <param name="ValidFrom">First day of validity, already formatted (e.g. «12.03.2024»).</param>
/// <param name="ValidTo">Last day of validity, already formatted.</param>
public sealed record ElectronicSignatureMark(string Certificate, string Owner, string ValidFrom, string ValidTo) : Block
{
    /// <summary>The heading line every mark carries.</summary>
    public const string Heading = "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ";

    /// <summary>Width of the frame in millimetres.</summary>
    public const double WidthMm = 75;

    /// <summary>Height of the frame in millimetres.</summary>
    public const double HeightMm = 27;

    /// <summary>The lines below the heading, as every writer prints them.</summary>
    public IReadOnlyList<string> DetailLines =>
    [
        $"Сертификат {Certificate}",
        $"Владелец {Owner}",
        $"Действителен с {ValidFrom} по {ValidTo}",
    ];
}
