using Prikaz.Documents;
using Prikaz.Templating;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;

namespace Prikaz.Cli;

/// <summary>The document writers this program ships: one line per format (STYLE.md, «one registry»).</summary>
internal static class Writers
{
    public static DocumentWriters For(TemplateFolder folder) => new(
    [
        new DocxWriter(),
        new HtmlWriter(),
        new PdfWriter(new PdfWriterOptions(folder.Fonts)),
    ]);
}
