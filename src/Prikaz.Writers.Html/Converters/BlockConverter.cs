using Prikaz.Documents;

namespace Prikaz.Writers.Html.Converters;

/// <summary>Writes the HTML of one kind of <see cref="Block"/> (one converter per kind, like Markdig's renderers).</summary>
internal abstract class BlockConverter
{
    /// <summary>The block kind this converter writes.</summary>
    public abstract Type BlockType { get; }

    /// <summary>Writes <paramref name="block"/>, which is of <see cref="BlockType"/>.</summary>
    public abstract void Write(HtmlRenderer renderer, Block block);
}

/// <summary>A converter for blocks of type <typeparamref name="TBlock"/>.</summary>
internal abstract class BlockConverter<TBlock> : BlockConverter
    where TBlock : Block
{
    /// <inheritdoc />
    public sealed override Type BlockType => typeof(TBlock);

    /// <inheritdoc />
    public sealed override void Write(HtmlRenderer renderer, Block block) => Write(renderer, (TBlock)block);

    /// <summary>Writes <paramref name="block"/>.</summary>
    protected abstract void Write(HtmlRenderer renderer, TBlock block);
}
