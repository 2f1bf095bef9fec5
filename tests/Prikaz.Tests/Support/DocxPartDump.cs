using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Prikaz.Tests.Support;

/// <summary>
/// Normalised text of DOCX parts for golden files: the part list, and XML parts re-indented with
/// the attributes of every element sorted, so goldens diff by meaning rather than by zip bytes.
/// </summary>
internal static class DocxPartDump
{
    public static string PartList(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return string.Join('\n', zip.Entries.Select(e => e.FullName)) + '\n';
    }

    public static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = (zip.GetEntry(name) ?? throw new InvalidOperationException($"No part {name}.")).Open();
        var xml = XDocument.Load(stream);
        Sort(xml.Root!);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, NewLineChars = "\n" }))
        {
            xml.Root!.WriteTo(writer);
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>The text of the main document part, one line per paragraph (non-breaking spaces as spaces).</summary>
    public static string Text(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = (zip.GetEntry("word/document.xml") ?? throw new InvalidOperationException("No main document part.")).Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var paragraphs = XDocument.Load(stream).Descendants(w + "p")
            .Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)).Replace('\u00A0', ' '));
        return string.Join('\n', paragraphs) + '\n';
    }

    private static void Sort(XElement element)
    {
        var attributes = element.Attributes()
            .OrderBy(a => a.IsNamespaceDeclaration ? 0 : 1)
            .ThenBy(a => a.Name.NamespaceName, StringComparer.Ordinal)
            .ThenBy(a => a.Name.LocalName, StringComparer.Ordinal)
            .ToList();
        element.ReplaceAttributes(attributes);
        foreach (var child in element.Elements())
        {
            Sort(child);
        }
    }
}
