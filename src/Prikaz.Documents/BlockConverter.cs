namespace Prikaz.Documents;

/// <summary>
/// Converts one kind of <see cref="Block"/> for a writer, as Markdig has one renderer per node and
/// format. <typeparamref name="TState"/> is what a writer's converters share while a document is
/// written: where the output goes (a DOCX body, an HTML page, a PDF section's flow) and what it is
/// made with (styles, fonts, ids). Writers list their converters in a <see cref="BlockConverterRegistry{TState}"/>.
/// </summary>
public abstract class BlockConverter<TState>
{
    /// <summary>The block kind this converter handles.</summary>
    public abstract Type BlockType { get; }

    /// <summary>Converts <paramref name="block"/>, which is of <see cref="BlockType"/>, into <paramref name="state"/>.</summary>
    public abstract void Convert(Block block, TState state);
}

/// <summary>The base of a writer's converter for blocks of type <typeparamref name="TBlock"/>.</summary>
public abstract class BlockConverter<TBlock, TState> : BlockConverter<TState>
    where TBlock : Block
{
    /// <inheritdoc />
    public sealed override Type BlockType => typeof(TBlock);

    /// <inheritdoc />
    public sealed override void Convert(Block block, TState state) => Convert((TBlock)block, state);

    /// <summary>Converts <paramref name="block"/> into <paramref name="state"/>.</summary>
    protected abstract void Convert(TBlock block, TState state);
}
