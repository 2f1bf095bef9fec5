namespace Prikaz.Writers.Html.Converters;

/// <summary>The converters of the HTML writer keyed by block type.</summary>
internal sealed class BlockConverters
{
    private readonly Dictionary<Type, BlockConverter> byType;

    private BlockConverters(IEnumerable<BlockConverter> converters) =>
        byType = converters.ToDictionary(converter => converter.BlockType);

    /// <summary>A converter for every block kind of the document model.</summary>
    public static BlockConverters Default { get; } = new(
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

    /// <summary>The block types with a converter.</summary>
    public IEnumerable<Type> BlockTypes => byType.Keys;

    /// <summary>The converter for <paramref name="blockType"/>; a kind without one is a programming error.</summary>
    public BlockConverter Find(Type blockType) =>
        byType.TryGetValue(blockType, out var converter)
            ? converter
            : throw new NotSupportedException($"The HTML writer has no converter for the block {blockType.Name}.");
}
