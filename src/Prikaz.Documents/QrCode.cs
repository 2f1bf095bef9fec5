namespace Prikaz.Documents;

/// <summary>
/// The QR code requisite (ГОСТ Р 7.0.97-2025, optional). Writers that can draw a QR code draw
/// <paramref name="Content"/>; the DOCX writer embeds <paramref name="Png"/> when it is given and
/// otherwise prints the content as small text.
/// </summary>
/// <param name="Content">What the code encodes, e.g. a link to the order in a registry.</param>
/// <param name="SizeMm">Side of the square.</param>
/// <param name="Png">A picture of the code made elsewhere, if any.</param>
public sealed record QrCode(string Content, double SizeMm, ReadOnlyMemory<byte>? Png = null) : Block;
