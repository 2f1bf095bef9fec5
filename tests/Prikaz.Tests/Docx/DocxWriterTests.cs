using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Prikaz.Documents;
using Prikaz.Tests.Support;
using Prikaz.Writers.Docx;

namespace Prikaz.Tests.Docx;

public sealed class DocxWriterTests
{
    private static readonly Type[] BlockKinds =
        [.. typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void The_sample_contains_every_block_kind()
    {
        var blocks = SampleDocument.Load().Sections.SelectMany(s => s.Blocks).ToList();
        var present = blocks.Select(b => b.GetType())
            .Concat(blocks.OfType<SignatureBlock>().Where(s => s.ElectronicSignature is not null).Select(_ => typeof(ElectronicSignatureMark)))
            .ToHashSet();

        Assert.Empty(BlockKinds.Where(kind => !present.Contains(kind)).Select(t => t.Name));
    }

    [Fact]
    public void The_sample_passes_the_Open_XML_validator()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocument.Docx()), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [InlineData("word/document.xml", "sample-order.document.verified.xml")]
    [InlineData("word/styles.xml", "sample-order.styles.verified.xml")]
    [InlineData("word/settings.xml", "sample-order.settings.verified.xml")]
    [InlineData("docProps/core.xml", "sample-order.core.verified.xml")]
    public void Sample_parts_match_the_verified_ones(string part, string verified)
    {
        GoldenFile.Verify(Path.Combine(SampleDocument.Folder, verified), DocxPartDump.Part(SampleDocument.Docx(), part));
    }

    [Fact]
    public void Sample_part_list_matches_the_verified_one()
    {
        GoldenFile.Verify(Path.Combine(SampleDocument.Folder, "sample-order.parts.verified.txt"), DocxPartDump.PartList(SampleDocument.Docx()));
    }

    [Fact]
    public void Writing_the_same_document_twice_gives_identical_bytes()
    {
        Assert.Equal(SampleDocument.Docx(), SampleDocument.Docx());
    }

    [Fact]
    public void Zip_entries_carry_a_fixed_time_not_the_clock()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocument.Docx()), ZipArchiveMode.Read);

        // DOS times have no zone; the reader returns them as they are stored.
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
    }

    [Fact]
    public void Core_properties_come_from_the_document_not_the_clock()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocument.Docx()), isEditable: false);
        var core = package.CoreFilePropertiesPart!;
        using var reader = new StreamReader(core.GetStream());
        var xml = reader.ReadToEnd();

        Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-06-23T00:00:00Z</dcterms:created>", xml, StringComparison.Ordinal);
        Assert.Contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2020-06-23T00:00:00Z</dcterms:modified>", xml, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>Министерство образования и науки Челябинской области</dc:creator>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Millimetres_round_to_the_same_twips_every_time()
    {
        Assert.Equal((850, 4535, 1134, 1701), (Units.Twips(15), Units.Twips(80), Units.Twips(20), Units.Twips(30)));
    }

    [Fact]
    public void The_writer_is_found_in_a_registry_by_format_name()
    {
        var writers = new DocumentWriters([new DocxWriter()]);

        Assert.True(writers.TryGet("DOCX", out var writer));
        Assert.IsType<DocxWriter>(writer);
        Assert.Equal(["docx"], writers.Formats);
    }
}
