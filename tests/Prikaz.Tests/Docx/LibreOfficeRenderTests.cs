using Prikaz.Tests.Support;

namespace Prikaz.Tests.Docx;

/// <summary>
/// LibreOffice as a real client: it must open the sample DOCX and lay it out as intended (page
/// numbers from page 2, landscape appendix, the table header repeated on each page of the table).
/// Needs <c>soffice</c> and poppler's tools: skipped without them, failed with <c>PRIKAZ_REQUIRE_TOOLS=1</c>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LibreOfficeRenderTests
{
    [SkippableFact]
    public void LibreOffice_lays_out_the_sample_as_intended()
    {
        ExternalTool.Require("soffice", "pdftotext", "pdfinfo");

        var folder = Directory.CreateTempSubdirectory("prikaz-docx-render-").FullName;
        try
        {
            var docx = Path.Combine(folder, "sample-order.docx");
            File.WriteAllBytes(docx, SampleDocument.Docx());

            ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, docx]);

            var pages = PdfPage.Read(Path.ChangeExtension(docx, ".pdf"));
            Assert.True(pages.Count >= 5, $"expected an order of 2 pages and an appendix of 3, got {pages.Count} pages");
            Assert.Equal("portrait", pages[0].Orientation);
            Assert.Equal("portrait", pages[1].Orientation);
            Assert.DoesNotMatch(@"^\s*1\s*$", pages[0].FirstLine);
            Assert.Equal("2", pages[1].FirstLine);
            Assert.Contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ", pages[0].Text, StringComparison.Ordinal);

            var appendix = pages.Skip(2).ToList();
            Assert.All(appendix, page => Assert.Equal("landscape", page.Orientation));
            Assert.Equal("3", appendix[0].FirstLine);
            Assert.Contains("УТВЕРЖДЕНА", appendix[0].Text, StringComparison.Ordinal);
            var pagesWithTableHeader = appendix.Count(page => page.Text.Contains("Наименование мероприятия", StringComparison.Ordinal));
            Assert.True(pagesWithTableHeader >= 2, "the roadmap table's header must repeat on each page it spans");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
