using System.Globalization;

namespace Prikaz.Documents.Pictures;

/// <summary>
/// Checks a picture before any writer embeds it: a PNG or JPEG that decodes (its structure and, for
/// PNG, its checksums and compressed pixels), within limits that no letterhead picture comes near —
/// a coat of arms printed 20 mm wide at 600 dpi is about 500 points across, a whole A4 page scanned at
/// 600 dpi about 35 million points — but that stop a picture made to exhaust memory when it is drawn.
/// </summary>
public static class PictureCheck
{
    /// <summary>Largest picture file accepted.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Longest side, in pixels.</summary>
    public const int MaxSide = 16_384;

    /// <summary>Most pixels in all.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The Russian reason why <paramref name="bytes"/> cannot be embedded, or null when the picture is fine.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return TooLarge(bytes.Length);
        }

        if (PngStructure.HasSignature(bytes))
        {
            var (header, problem) = PngStructure.ReadHeader(bytes);
            return problem
                ?? SizeProblem(new PictureSize(header!.Value.Width, header.Value.Height))
                ?? PngStructure.CheckPixels(bytes, header.Value);
        }

        if (JpegStructure.HasSignature(bytes))
        {
            var (size, problem) = JpegStructure.Check(bytes);
            return problem ?? SizeProblem(size);
        }

        return "это не PNG и не JPEG";
    }

    // Checked before the pixels are inflated: a huge picture is refused without the work of unpacking it.
    private static string? SizeProblem(PictureSize size) =>
        size.Width > MaxSide || size.Height > MaxSide || (long)size.Width * size.Height > MaxPixels
            ? string.Create(CultureInfo.InvariantCulture,
                $"изображение {size.Width} × {size.Height} точек слишком большое: допустимо не больше {MaxSide} точек по стороне и {MaxPixels / 1_000_000} млн точек всего")
            : null;

    /// <summary>The reason for a file over <see cref="MaxBytes"/>, also for callers that check the size before reading.</summary>
    public static string TooLarge(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"файл изображения {bytes / (1024 * 1024)} МБ больше допустимых {MaxBytes / (1024 * 1024)} МБ");
}
