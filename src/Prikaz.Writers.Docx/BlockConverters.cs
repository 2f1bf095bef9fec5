using DocumentFormat.OpenXml;
using Prikaz.Documents;
using Prikaz.Writers.Docx.Converters;

namespace Prikaz.Writers.Docx;

/// <summary>The converter for every block kind, looked up by the block's type.</summary>
internal sealed class BlockConverters
{
    private readonly Dictionary<Type, IBlockConverter> byType;

    private BlockConverters(IEnumerable<IBlockConverter> converters) =>
        byType = converters.ToDictionary(c => c.BlockType);

    public static BlockConverters Instance { get; } = new(
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

    /// <summary>The block types this writer converts (a test checks it covers every <see cref="Block"/> subtype).</summary>
    public IReadOnlyCollection<Type> HandledKinds => byType.Keys;

    public IEnumerable<OpenXmlElement> Convert(Block block, DocxContext context) =>
        byType.TryGetValue(block.GetType(), out var converter)
            ? converter.Convert(block, context)
            : throw new NotSupportedException($"Block kind {block.GetType().Name} has no DOCX converter.");
}
