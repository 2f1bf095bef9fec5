namespace Prikaz.Documents;

/// <summary>
/// The QR code requisite (ГОСТ Р 7.0.97-2025, optional). Writers draw <paramref name="Modules"/>
/// (PDF, HTML) or embed <paramref name="Png"/> (DOCX); both are made from <paramref name="Content"/>
/// by the pipeline before any writer runs. Without them a writer prints the content as small text.
/// </summary>
/// <param name="Content">What the code encodes, e.g. a link to the order in a registry.</param>
/// <param name="SizeMm">Side of the square.</param>
/// <param name="Png">A picture of the code, if any.</param>
/// <param name="Modules">The encoded modules, if any.</param>
public sealed record QrCode(string Content, double SizeMm, ReadOnlyMemory<byte>? Png = null, QrMatrix? Modules = null) : Block;
