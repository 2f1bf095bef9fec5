using Prikaz.Documents;
using Prikaz.Writers.Docx.Converters;

namespace Prikaz.Writers.Docx;

/// <summary>The converters of the DOCX writer, one per block kind.</summary>
internal static class BlockConverters
{
    public static BlockConverterRegistry<DocxContext> Registry { get; } = new("docx",
    [
        new ParagraphConverter(),
        new NumberedPointConverter(),
        new TableConverter(),
        new ApprovalStampConverter(),
        new SignatureConverter(),
        new ElectronicSignatureConverter(),
        new ExecutorConverter(),
        new DistributionConverter(),
        new PageBreakConverter(),
        new ImageConverter(),
        new QrCodeConverter(),
    ]);
}
