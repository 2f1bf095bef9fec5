using Prikaz.Documents;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Templating;

/// <summary>
/// The QR requisite: printed when the profile gives its content and follows the 2025 edition of
/// ГОСТ Р 7.0.97, encoded once (modules and picture) for every writer; absent under the 2016 edition.
/// </summary>
public sealed class QrRequisiteTests
{
    [Fact]
    public void A_2025_profile_with_qr_content_gets_an_encoded_qr_code_naming_the_order()
    {
        var code = Assert.Single(QrCodesOf(gostEdition: 2025));
        Assert.Equal("https://example.org/orders/017/1324?date=2020-06-23", code.Content);
        Assert.NotNull(code.Modules);
        Assert.True(code.Modules!.Size >= 21 + 8, "a QR code is at least version 1 plus the quiet zone");
        Assert.True(code.Png is { Length: > 100 }, $"the DOCX writer embeds the code as a PNG ({code.Png?.Length})");
    }

    [Fact]
    public void The_docx_anchors_the_qr_picture_and_stays_valid()
    {
        var document = RenderWithQr(gostEdition: 2025);
        using var stream = new MemoryStream();
        new Prikaz.Writers.Docx.DocxWriter().Write(document, stream);
        stream.Position = 0;
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
            .Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var anchor = Assert.Single(package.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>());
        Assert.Equal("bottom", anchor.VerticalPosition!.VerticalAlignment!.Text);
        Assert.True(package.MainDocumentPart.ImageParts.Single().GetStream().Length > 100, "the picture is not empty");
    }

    [Fact]
    public void The_2016_edition_has_no_qr_requisite() =>
        Assert.Empty(QrCodesOf(gostEdition: 2016));

    private static List<QrCode> QrCodesOf(int gostEdition) =>
        RenderWithQr(gostEdition).Sections.SelectMany(section => section.Blocks).OfType<QrCode>().ToList();

    private static Document RenderWithQr(int gostEdition)
    {
        var copy = Directory.CreateTempSubdirectory("prikaz-qr-").FullName;
        try
        {
            TemplateFaultTests.CopyFolder(Seeds.Templates, copy);
            var profile = Path.Combine(copy, "authorities", "chelyabinsk-minobr.yaml");
            var text = File.ReadAllText(profile).Replace("gostEdition: 2016", $"gostEdition: {gostEdition}", StringComparison.Ordinal)
                       + "qrCode: https://example.org/orders/{number}?date={date}\n";
            File.WriteAllText(profile, text);

            var folder = new TemplateFolder(copy);
            var pipeline = TestPipeline.For(folder);
            var roadmap = pipeline.CheckFile(Seeds.PathOf("chelyabinsk-2020-shnor"));
            Assert.True(roadmap.CanRender, string.Join("\n", roadmap.Report.Diagnostics));
            var rendered = pipeline.Render(roadmap);
            Assert.NotNull(rendered.Document);
            return rendered.Document!;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
