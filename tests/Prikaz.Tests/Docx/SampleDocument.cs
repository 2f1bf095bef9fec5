using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Docx;

/// <summary>
/// The rich sample of <c>tests/cases/docx/sample-order.xhtml</c>: a two-page order with letterhead,
/// title, points and an e-signed signature, then a landscape appendix with a stamp, a passport table,
/// a roadmap table over two pages (section rows, a row span) and every other block kind.
/// </summary>
internal static class SampleDocument
{
    public static string Folder { get; } = Path.Combine(GoldenFile.CasesRoot(), "docx");

    public static Document Load()
    {
        var result = MarkupParser.Parse(File.ReadAllText(Path.Combine(Folder, "sample-order.xhtml")), StyleSheet.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    public static byte[] Docx()
    {
        using var output = new MemoryStream();
        new Prikaz.Writers.Docx.DocxWriter().Write(Load(), output);
        return output.ToArray();
    }
}
