using Prikaz.Documents;
using Prikaz.Templating;
using Prikaz.Tests.Docx;
using Prikaz.Tests.Render;

namespace Prikaz.Tests.Writers;

/// <summary>
/// The set of block kinds is closed, so every writer converts each (STYLE.md): its
/// <see cref="BlockConverterRegistry{TState}"/> has a converter for every subtype of <see cref="Block"/>,
/// and every registered writer writes a document holding one of each.
/// </summary>
public sealed class BlockKindTests
{
    private static readonly IReadOnlyList<Type> BlockKinds =
        [.. typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static readonly DocumentWriters Registered = Prikaz.Cli.Writers.For(new TemplateFolder(Seeds.Templates));

    // The converter registry of each writer, by format.
    private static readonly IReadOnlyDictionary<string, IReadOnlyCollection<Type>> ConvertedKinds = new Dictionary<string, IReadOnlyCollection<Type>>
    {
        [Prikaz.Writers.Docx.BlockConverters.Registry.Format] = Prikaz.Writers.Docx.BlockConverters.Registry.BlockTypes,
        [Prikaz.Writers.Html.Converters.BlockConverters.Registry.Format] = Prikaz.Writers.Html.Converters.BlockConverters.Registry.BlockTypes,
        [Prikaz.Writers.Pdf.Layout.BlockConverters.Registry.Format] = Prikaz.Writers.Pdf.Layout.BlockConverters.Registry.BlockTypes,
    };

    public static TheoryData<string> Formats() => new(Registered.Formats.Except(DataFormats));

    public static TheoryData<string> AllFormats() => new(Registered.Formats);

    // XLSX keeps a document's tables as data and leaves the rest to the printed formats: it has no block converters.
    private static readonly IReadOnlyList<string> DataFormats = ["xlsx"];

    [Fact]
    public void Every_registered_writer_has_a_converter_registry_checked_here() =>
        Assert.Equal(Registered.Formats.Except(DataFormats), ConvertedKinds.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_block_kind_has_a_converter(string format)
    {
        Assert.True(BlockKinds.Count >= 11, $"only {BlockKinds.Count} block kinds found");
        Assert.Equal(BlockKinds, ConvertedKinds[format].OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllFormats))]
    public void A_document_with_every_block_kind_is_written(string format)
    {
        var document = EveryKind();
        Assert.Equal(BlockKinds, document.Sections.SelectMany(s => s.Blocks).Select(b => b.GetType()).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal));

        using var output = new MemoryStream();
        var written = Registered.Get(format).Write(document, output);

        Assert.True(written.Bytes > 0);
        Assert.Equal(output.Length, written.Bytes);
    }

    [Fact]
    public void A_block_kind_without_a_converter_is_named_in_the_error()
    {
        var registry = new BlockConverterRegistry<List<string>>("test", [new ParagraphNames()]);
        var paragraph = new Paragraph(StyleIds.Normal, [new TextRun("текст")]);
        var names = new List<string>();
        registry.Convert(paragraph, names);

        var error = Assert.Throws<NotSupportedException>(() => registry.Convert(new PageBreak(), names));
        Assert.Equal(["текст"], names);
        Assert.Contains("PageBreak", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BlockConverterRegistry<List<string>>("test", [new ParagraphNames(), new ParagraphNames()]));
    }

    /// <summary>The DOCX sample, which holds every kind but the stand-alone e-signature mark, with that mark added.</summary>
    private static Document EveryKind()
    {
        var sample = SampleDocument.Load();
        var mark = sample.Sections.SelectMany(s => s.Blocks).OfType<SignatureBlock>().Select(s => s.ElectronicSignature).First(m => m is not null)!;
        var first = sample.Sections[0];
        return sample with { Sections = [first with { Blocks = [.. first.Blocks, mark] }, .. sample.Sections.Skip(1)] };
    }

    private sealed class ParagraphNames : BlockConverter<Paragraph, List<string>>
    {
        protected override void Convert(Paragraph block, List<string> state) =>
            state.AddRange(block.Inlines.OfType<TextRun>().Select(run => run.Text));
    }
}
