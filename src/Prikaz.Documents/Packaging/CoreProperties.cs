using System.Globalization;
using System.Security;
using System.Text;

namespace Prikaz.Documents.Packaging;

/// <summary>
/// The core properties part of an Open XML package (<c>docProps/core.xml</c>) from the document's own
/// properties: its date for both created and modified, never the clock. The writers add it as their own
/// part because the packaging library's property store would add one with a random name.
/// </summary>
public static class CoreProperties
{
    /// <summary>The part's content type.</summary>
    public const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>Writes the part's XML (UTF-8 without a byte-order mark) to <paramref name="part"/>.</summary>
    public static void Write(DocumentProperties properties, Stream part)
    {
        var date = properties.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{SecurityElement.Escape(properties.Title)}</dc:title>" +
            $"<dc:subject>{SecurityElement.Escape(properties.Subject)}</dc:subject>" +
            $"<dc:creator>{SecurityElement.Escape(properties.Author)}</dc:creator>" +
            $"<dc:language>{SecurityElement.Escape(properties.Language)}</dc:language>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
            "</cp:coreProperties>";
        using var writer = new StreamWriter(part, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.Write(xml);
    }
}
