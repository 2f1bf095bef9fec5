using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>The converters of the HTML writer, one per block kind.</summary>
internal static class BlockConverters
{
    public static BlockConverterRegistry<HtmlRenderer> Registry { get; } = new("html",
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
