using System.Globalization;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// Builds the package: parts, relationships, styles, settings, headers and core properties, then
/// the body section by section through <see cref="BlockConverters"/>. Every relationship id is
/// given explicitly; generated ones would differ between runs.
/// </summary>
internal static class PackageAssembler
{
    private static readonly HeaderIds Headers = new("rIdHeaderNumbered", "rIdHeaderEmpty");

    public static void Assemble(Document document, Stream output)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        WriteCoreProperties(package, document.Properties);

        var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesPartBuilder.Build(document.Styles);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings(document.Properties.Language);
        main.AddNewPart<HeaderPart>(Headers.Numbered).Header = NumberedHeader();
        main.AddNewPart<HeaderPart>(Headers.Empty).Header = new W.Header(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.Header })));

        var state = new DocxState();
        var body = new W.Body();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var context = new DocxContext(document, main, state, SectionPropertiesBuilder.TextWidthTwips(section), body);
            foreach (var block in section.Blocks)
            {
                BlockConverters.Registry.Convert(block, context);
            }

            var properties = SectionPropertiesBuilder.Build(section, Headers);
            if (i == document.Sections.Count - 1)
            {
                body.Append(properties);
            }
            else
            {
                // A section that is not the last ends with a paragraph carrying its sectPr (WordprocessingML 17.6.18).
                body.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.Normal }, properties)));
            }
        }

        if (document.Sections.Count == 0)
        {
            body.Append(new W.Paragraph());
        }

        main.Document = new W.Document(body);
    }

    /// <summary>The header with a centred PAGE field (ГОСТ Р 7.0.97: page numbers centred in the top margin).</summary>
    private static W.Header NumberedHeader() => new(
        new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.Header }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " }));

    private static W.Settings Settings(string language) => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 708 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = language },
        new W.DecimalSymbol { Val = "," },
        new W.ListSeparator { Val = ";" });

    /// <summary>
    /// Core properties written as our own part with the document's date for both created and
    /// modified; the packaging library's property store would add a part with a random name.
    /// </summary>
    private static void WriteCoreProperties(WordprocessingDocument package, DocumentProperties properties)
    {
        var date = properties.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{Escape(properties.Title)}</dc:title>" +
            $"<dc:subject>{Escape(properties.Subject)}</dc:subject>" +
            $"<dc:creator>{Escape(properties.Author)}</dc:creator>" +
            $"<dc:language>{Escape(properties.Language)}</dc:language>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
            "</cp:coreProperties>";
        var part = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCoreProperties");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml);
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
