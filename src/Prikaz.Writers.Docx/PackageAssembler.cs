using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Prikaz.Documents;
using Prikaz.Documents.Packaging;
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

    // The packaging library's property store would add a part with a random name: ours, with the document's date.
    private static void WriteCoreProperties(WordprocessingDocument package, DocumentProperties properties)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>(CoreProperties.ContentType, "rIdCoreProperties");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        CoreProperties.Write(properties, stream);
    }
}
