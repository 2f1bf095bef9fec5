using Prikaz.Tests.Support;

namespace Prikaz.Tests.Pdf;

public sealed class PdfWriterTests
{
    private static byte[] Render(Documents.Document document)
    {
        using var stream = new MemoryStream();
        SampleDocuments.Writer().Write(document, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("order-handwritten", false)]
    [InlineData("order-esign", true)]
    public void Sample_text_per_page_matches_the_golden_file(string name, bool electronicSignature)
    {
        var pdf = Render(SampleDocuments.Order(electronicSignature, qrCode: electronicSignature));
        var dump = Environment.GetEnvironmentVariable("PRIKAZ_PDF_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllBytes(Path.Combine(dump, name + ".pdf"), pdf);
        }

        GoldenFile.Verify(Path.Combine(GoldenFile.CasesRoot(), "pdf", name + ".verified.txt"), PdfText.Pages(pdf));
    }
}
