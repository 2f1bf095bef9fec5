using Prikaz.Documents;
using Prikaz.Templating;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;
using Prikaz.Writers.Pdf;
using Prikaz.Writers.Xlsx;

namespace Prikaz.Cli;

/// <summary>The document writers this program ships: one line per format (STYLE.md, «one registry»).</summary>
internal static class Writers
{
    /// <summary>The formats a build writes when <c>--to</c> does not say: the printed ones; XLSX (the tables as data) on request.</summary>
    public static IReadOnlyList<string> Printed { get; } = ["docx", "html", "pdf"];

    public static DocumentWriters For(TemplateFolder folder) => new(
    [
        new DocxWriter(),
        new HtmlWriter(),
        new PdfWriter(new PdfWriterOptions(folder.Fonts)),
        new XlsxWriter(),
    ]);
}
