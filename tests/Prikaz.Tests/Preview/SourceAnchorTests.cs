using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Loading;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;

namespace Prikaz.Tests.Preview;

/// <summary>
/// The preview's writer options change nothing else: the HTML with source anchors is the published
/// page plus <c>id</c> and <c>data-source</c>, every anchor names a place in the YAML, and the PDF's
/// file identifier is a valid trailer entry added to otherwise unchanged bytes.
/// </summary>
public sealed partial class SourceAnchorTests
{
    public static TheoryData<string> SeedNames() => Seeds.All();

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void The_anchored_page_is_the_published_page_with_ids_and_sources(string seed)
    {
        var document = Seeds.Get(seed).Rendered.Document!;

        var published = Html(new HtmlWriter(), document);
        var anchored = Html(new HtmlWriter(new HtmlWriterOptions { SourceAnchors = true }), document);

        Assert.DoesNotContain("data-source", published, StringComparison.Ordinal);
        Assert.Equal(published, Anchors().Replace(anchored, string.Empty));
        var ids = Ids().Matches(anchored).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_source_of_a_seed_names_a_place_in_its_yaml(string seed)
    {
        var rendered = Seeds.Get(seed);
        var map = rendered.Roadmap.Loaded.Map;
        var anchored = Html(new HtmlWriter(new HtmlWriterOptions { SourceAnchors = true }), rendered.Rendered.Document!);

        var sources = Sources().Matches(anchored).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)).Distinct().ToList();

        Assert.Contains(sources, source => source.EndsWith("/items/0/activity", StringComparison.Ordinal));
        Assert.Contains("/order/points/0", sources);
        Assert.All(sources, source => Assert.NotEqual(SourcePosition.None, map.Locate(source)));

        // The pointers of rows and cells are the items' own, not merely some ancestor's.
        var items = sources.Where(source => Regex.IsMatch(source, "/items/[0-9]+$")).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.NotEqual(map.Locate(item), map.Locate("/roadmap")));
    }

    [Fact]
    public void A_file_identifier_is_added_to_the_trailer_and_nothing_else_changes()
    {
        var document = Seeds.Get("chelyabinsk-2020-shnor").Rendered.Document!;
        var fonts = Path.Combine(GoldenFile.RepositoryRoot(), "templates", "fonts");
        var identifier = Enumerable.Range(1, 16).Select(i => (byte)(i * 15)).ToArray();

        var plain = Pdf(new PdfWriter(new PdfWriterOptions(fonts)), document);
        var identified = Pdf(new PdfWriter(new PdfWriterOptions(fonts) { FileIdentifier = identifier }), document);

        var entry = $"\n/ID [<{Convert.ToHexString(identifier)}> <{Convert.ToHexString(identifier)}>]";
        Assert.DoesNotContain("/ID", Encoding.ASCII.GetString(plain), StringComparison.Ordinal);
        Assert.Equal(Encoding.ASCII.GetString(plain), Encoding.ASCII.GetString(identified).Replace(entry, string.Empty, StringComparison.Ordinal));
        if (ExternalTool.Available("qpdf"))
        {
            var path = Path.Combine(Path.GetTempPath(), "prikaz-id-" + Guid.NewGuid().ToString("N") + ".pdf");
            File.WriteAllBytes(path, identified);
            try
            {
                Assert.Contains("No syntax or stream encoding errors", ExternalTool.Run("qpdf", ["--check", path]), StringComparison.Ordinal);
                var hex = Convert.ToHexString(identifier).ToLowerInvariant();
                Assert.Contains($"/ID [ <{hex}> <{hex}> ]", ExternalTool.Run("qpdf", ["--show-object=trailer", path]), StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    private static string Html(HtmlWriter writer, Prikaz.Documents.Document document)
    {
        using var output = new MemoryStream();
        writer.Write(document, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static byte[] Pdf(PdfWriter writer, Prikaz.Documents.Document document)
    {
        using var output = new MemoryStream();
        writer.Write(document, output);
        return output.ToArray();
    }

    [GeneratedRegex(" id=\"[^\"]*\" data-source=\"[^\"]*\"")]
    private static partial Regex Anchors();

    [GeneratedRegex(" id=\"([^\"]*)\" data-source=")]
    private static partial Regex Ids();

    [GeneratedRegex(" data-source=\"([^\"]*)\"")]
    private static partial Regex Sources();
}
