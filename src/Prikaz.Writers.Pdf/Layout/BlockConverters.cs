using Prikaz.Documents;
using Prikaz.Writers.Pdf.Layout.Converters;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>The layout converters of the PDF writer, one per block kind: each measures its block into <see cref="FlowBlock"/>s.</summary>
internal static class BlockConverters
{
    public static BlockConverterRegistry<SectionLayout> Registry { get; } = new("pdf",
    [
        new ParagraphConverter(),
        new NumberedPointConverter(),
        new TableConverter(),
        new ApprovalStampConverter(),
        new SignatureConverter(),
        new ElectronicSignatureConverter(),
        new ExecutorConverter(),
        new DistributionConverter(),
        new ImageConverter(),
        new QrCodeConverter(),
        new PageBreakConverter(),
    ]);
}
