using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Prikaz.Tests.Import;

/// <summary>A small DOCX built from WordprocessingML written by hand, for reader tests of one feature each.</summary>
internal static class WordXml
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    public static byte[] Package(string body, string? numbering = null, string? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (numbering is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numbering}</w:numbering>");
            }

            if (styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{styles}</w:styles>");
            }
        }

        return stream.ToArray();
    }

    public static string P(string text, int? numId = null, int level = 0, string? style = null) =>
        "<w:p>" +
        (numId is null && style is null ? string.Empty : "<w:pPr>" + (style is null ? string.Empty : $"<w:pStyle w:val=\"{style}\"/>") +
            (numId is null ? string.Empty : $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>") + "</w:pPr>") +
        $"<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    public static string Level(int level, string text, string format = "decimal", int start = 1, int? restart = null) =>
        $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>" +
        (restart is null ? string.Empty : $"<w:lvlRestart w:val=\"{restart}\"/>") + $"<w:lvlText w:val=\"{text}\"/></w:lvl>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
