using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Prikaz.Templating;
using Prikaz.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Tests.Render;

/// <summary>
/// Issue «Orders as DOCX in the ministry's layout» for the four real orders: the markup the templates
/// give, the DOCX parts the writer makes of it, their validity, the table's item rows, determinism.
/// </summary>
public sealed class SeedRenderTests
{
    public static TheoryData<string> SeedNames => Seeds.All();

    public static TheoryData<string, string> SeedParts()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.Names)
        {
            data.Add(seed, "document");
            data.Add(seed, "styles");
        }

        return data;
    }

    [Fact]
    public void There_are_the_four_seeds()
    {
        Assert.Equal(["amur-2020-shnor", "chelyabinsk-2020-shnor", "molchanovo-2020-shnor", "nyazepetrovsk-2024-shnor"], Seeds.Names);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Markup_matches_the_verified_one(string seed)
    {
        var rendered = Seeds.Get(seed).Rendered;

        Assert.True(rendered.Diagnostics.Count == 0, string.Join("\n", rendered.Diagnostics));
        GoldenFile.Verify(Path.Combine(Seeds.Cases, seed + ".verified.xhtml"), rendered.Markup);
    }

    [Theory]
    [MemberData(nameof(SeedParts))]
    public void Docx_part_matches_the_verified_one(string seed, string part)
    {
        GoldenFile.Verify(Path.Combine(Seeds.Cases, $"{seed}.{part}.verified.xml"), DocxPartDump.Part(Seeds.Get(seed).Docx, $"word/{part}.xml"));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Docx_passes_the_Open_XML_validator(string seed)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Seeds.Get(seed).Docx), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors.Take(30)));
    }

    [Theory]
    [InlineData("chelyabinsk-2020-shnor", 17)]
    [InlineData("nyazepetrovsk-2024-shnor", 11)]
    [InlineData("amur-2020-shnor", 33)]
    [InlineData("molchanovo-2020-shnor", 19)]
    public void The_roadmap_table_has_as_many_item_rows_as_the_original(string seed, int itemRows)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Seeds.Get(seed).Docx), isEditable: false);
        var table = package.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
            .Last(t => t.Elements<W.TableRow>().Any(IsHeader));

        var body = table.Elements<W.TableRow>().Where(row => !IsHeader(row)).ToList();
        var sections = body.Count(row => row.Elements<W.TableCell>().Any(cell => cell.TableCellProperties?.GridSpan is not null));

        Assert.Equal(itemRows, body.Count - sections);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Rendering_twice_gives_identical_bytes(string seed)
    {
        var again = Seeds.Render(seed, new TemplateFolder(Seeds.Templates));

        Assert.Equal(Seeds.Get(seed).Rendered.Markup, again.Rendered.Markup);
        Assert.Equal(Seeds.Get(seed).Docx, RenderedSeed.WriteDocx(again.Rendered));
    }

    private static bool IsHeader(W.TableRow row) => row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null;
}
