using Prikaz.Tests.Support;

namespace Prikaz.Tests.Examples;

/// <summary>The examples' DOCX opened by LibreOffice and printed to PDF in one <c>soffice</c> call, with a private profile.</summary>
public sealed class ExamplePdfs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-example-pdfs-").FullName;
    private readonly Dictionary<string, IReadOnlyList<PdfPage>> pages = new(StringComparer.Ordinal);

    public ExamplePdfs()
    {
        Available = ExternalTool.Available("soffice", "pdftotext", "pdfinfo");
        if (!Available)
        {
            return;
        }

        var documents = Examples.Names.Select(name =>
        {
            var path = Path.Combine(folder, name + ".docx");
            File.WriteAllBytes(path, Examples.Get(name).Files["docx"]);
            return path;
        }).ToList();
        ExternalTool.Run("soffice",
            [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, .. documents]);
        foreach (var name in Examples.Names)
        {
            pages[name] = PdfPage.Read(Path.Combine(folder, name + ".pdf"));
        }
    }

    public bool Available { get; }

    internal IReadOnlyList<PdfPage> PagesOf(string name) => pages[name];

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
