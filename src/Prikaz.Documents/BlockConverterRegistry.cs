namespace Prikaz.Documents;

/// <summary>
/// A writer's converters keyed by block type, one per kind. The set of block kinds is closed, so a
/// writer registers a converter for each (a test checks every writer against the kinds of
/// <see cref="Block"/>); a block without one is a programming error, not bad input.
/// </summary>
public sealed class BlockConverterRegistry<TState>
{
    private readonly Dictionary<Type, BlockConverter<TState>> byType = [];

    /// <param name="format">The writer's format, named in the error for a kind it lacks.</param>
    /// <param name="converters">One converter per block kind; two for one kind are a programming error.</param>
    public BlockConverterRegistry(string format, IEnumerable<BlockConverter<TState>> converters)
    {
        Format = format;
        foreach (var converter in converters)
        {
            if (!byType.TryAdd(converter.BlockType, converter))
            {
                throw new ArgumentException($"Two {format} converters for the block {converter.BlockType.Name}.", nameof(converters));
            }
        }
    }

    /// <summary>The format of the writer the converters belong to.</summary>
    public string Format { get; }

    /// <summary>The block types with a converter.</summary>
    public IReadOnlyCollection<Type> BlockTypes => byType.Keys;

    /// <summary>Converts <paramref name="block"/> with the converter for its type.</summary>
    public void Convert(Block block, TState state)
    {
        if (!byType.TryGetValue(block.GetType(), out var converter))
        {
            throw new NotSupportedException($"The {Format} writer has no converter for the block {block.GetType().Name}.");
        }

        converter.Convert(block, state);
    }
}
