using DocumentFormat.OpenXml;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx.Converters;

/// <summary>Converts one kind of block into body elements (paragraphs and tables).</summary>
internal interface IBlockConverter
{
    Type BlockType { get; }

    IEnumerable<OpenXmlElement> Convert(Block block, DocxContext context);
}

/// <summary>Typed base of the per-kind converters.</summary>
internal abstract class BlockConverter<T> : IBlockConverter
    where T : Block
{
    public Type BlockType => typeof(T);

    public IEnumerable<OpenXmlElement> Convert(Block block, DocxContext context) => Convert((T)block, context);

    protected abstract IEnumerable<OpenXmlElement> Convert(T block, DocxContext context);
}
