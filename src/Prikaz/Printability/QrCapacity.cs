using System.Globalization;
using System.Text.RegularExpressions;
using QRCoder;

namespace Prikaz.Printability;

/// <summary>
/// Whether a text fits one QR code with error correction M (how <see cref="Templating.QrCodeEncoding"/>
/// encodes it): asked of QRCoder itself, which knows the standard's tables, instead of a copied constant.
/// </summary>
internal static partial class QrCapacity
{
    public const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    /// <summary>Null when <paramref name="content"/> fits; else the Russian reason, with QRCoder's limit in bytes.</summary>
    public static string? Problem(string content)
    {
        try
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(content, Correction);
            return null;
        }
        catch (QRCoder.Exceptions.DataTooLongException exception)
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(content);
            return Limit().Match(exception.Message) is { Success: true } match
                ? string.Create(CultureInfo.InvariantCulture, $"в QR-коде {bytes} байт (в UTF-8), а QR-код вмещает не больше {match.Groups["bytes"].Value}")
                : string.Create(CultureInfo.InvariantCulture, $"в QR-коде {bytes} байт (в UTF-8) — больше, чем вмещает QR-код");
        }
    }

    [GeneratedRegex(@"is (?<bytes>\d+) bytes")]
    private static partial Regex Limit();
}
