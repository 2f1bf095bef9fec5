using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Documents;

public sealed class MarkupParserTests
{
    private static readonly string CasesFolder = Path.Combine(GoldenFile.CasesRoot(), "markup");

    /// <summary>Every <c>tests/cases/markup/*.xhtml</c> is a case; its expected dump is <c>&lt;name&gt;.verified.txt</c>.</summary>
    public static TheoryData<string> Cases() => new(CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markup_parses_to_the_verified_model(string name)
    {
        var markup = File.ReadAllText(Path.Combine(CasesFolder, name + ".xhtml"));

        var result = MarkupParser.Parse(markup, StyleSheet.Default, ResolveTestImage);

        GoldenFile.Verify(Path.Combine(CasesFolder, name + ".verified.txt"), DocumentDump.Of(result));
    }

    [Fact]
    public void Error_cases_report_diagnostics_and_clean_cases_none()
    {
        foreach (var name in CaseNames())
        {
            var result = MarkupParser.Parse(File.ReadAllText(Path.Combine(CasesFolder, name + ".xhtml")), StyleSheet.Default, ResolveTestImage);
            Assert.True(name.StartsWith("error", StringComparison.Ordinal) == !result.Succeeded, $"{name}: {string.Join("; ", result.Diagnostics)}");
        }
    }

    [Fact]
    public void Collapses_template_indentation_but_keeps_non_breaking_spaces()
    {
        const string markup = """
            <document title="t" created="2020-06-23"><section>
              <p>
                от 23.06.2020
                №&#160;017/1324   <b> bold </b>  end
              </p>
            </section></document>
            """;

        var paragraph = (Paragraph)MarkupParser.Parse(markup, StyleSheet.Default).Document.Sections[0].Blocks[0];

        Assert.Equal(
            [new TextRun("от 23.06.2020 №\u00A0017/1324 "), new TextRun("bold ", Bold: true), new TextRun("end")],
            paragraph.Inlines);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_not_expanded()
    {
        const string markup = """
            <?xml version="1.0"?>
            <!DOCTYPE document [<!ENTITY x "xxxxxxxxxx">]>
            <document title="&x;" created="2020-06-23"><section/></document>
            """;

        var result = MarkupParser.Parse(markup, StyleSheet.Default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((MarkupCodes.Malformed, 2), (diagnostic.Code, diagnostic.Line));
    }

    private static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(CasesFolder, "*.xhtml").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    // A real 1 × 1 grey PNG: pictures are decoded before they are accepted.
    private static ImageLookup? ResolveTestImage(string source) => source == "arms.png" ? ImageLookup.Found(OnePixelPng) : null;

    internal static byte[] OnePixelPng => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
}
