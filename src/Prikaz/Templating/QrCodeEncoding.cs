using Prikaz.Documents;
using Prikaz.Printability;
using QRCoder;

namespace Prikaz.Templating;

/// <summary>
/// Encodes every QR code of a document once, with QRCoder, so the PDF and HTML writers draw the
/// same modules and the DOCX writer embeds the same picture. Error correction M: the code survives
/// a stamp or a fold, and a registry link still fits a 25 mm square.
/// </summary>
internal static class QrCodeEncoding
{
    /// <summary>
    /// Why a QR code of <paramref name="document"/> cannot be encoded (its content does not fit), or null.
    /// Validate reports the profile's or the order's field; a template can still write a longer content.
    /// </summary>
    public static string? Problem(Document document) =>
        document.Sections.SelectMany(section => section.Blocks).OfType<QrCode>()
            .Where(code => code.Modules is null)
            .Select(code => QrCapacity.Problem(code.Content))
            .FirstOrDefault(reason => reason is not null);

    /// <summary>The document with every QR code encoded; <see cref="Problem"/> must be null.</summary>
    public static Document Encode(Document document) => document with
    {
        Sections = document.Sections
            .Select(section => section with { Blocks = section.Blocks.Select(Encode).ToList() })
            .ToList(),
    };

    private static Block Encode(Block block)
    {
        if (block is not QrCode code || code.Modules is not null)
        {
            return block;
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(code.Content, QrCapacity.Correction);
        var rows = data.ModuleMatrix;
        var dark = new bool[rows.Count * rows.Count];
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < rows.Count; column++)
            {
                dark[(row * rows.Count) + column] = rows[row][column];
            }
        }

        var png = code.Png ?? new PngByteQRCode(data).GetGraphic(8);
        return code with { Modules = new QrMatrix(rows.Count, dark), Png = png };
    }
}
