namespace Prikaz.Tests.Support;

/// <summary>
/// DOCX files opened by LibreOffice: written to a private folder and converted to PDF in one
/// <c>soffice</c> call (its cold start costs seconds), with a private user profile so parallel runs
/// never share one. <see cref="Available"/> is false when the tools are missing and not required.
/// </summary>
public abstract class LibreOfficePdfs : IDisposable
{
    private readonly string folder;
    private readonly Dictionary<string, IReadOnlyList<PdfPage>> pages = new(StringComparer.Ordinal);

    /// <param name="name">What the documents are, for the temporary folder's name.</param>
    /// <param name="documents">Each document's name (without extension) and its DOCX bytes.</param>
    protected LibreOfficePdfs(string name, Func<IReadOnlyDictionary<string, byte[]>> documents)
    {
        folder = Directory.CreateTempSubdirectory($"prikaz-{name}-pdfs-").FullName;
        Available = ExternalTool.Available("soffice", "pdftotext", "pdfinfo");
        if (!Available)
        {
            return;
        }

        var docx = documents();
        var paths = docx.Select(document =>
        {
            var path = Path.Combine(folder, document.Key + ".docx");
            File.WriteAllBytes(path, document.Value);
            return path;
        }).ToList();
        ExternalTool.Run("soffice",
            [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, .. paths]);
        foreach (var document in docx.Keys)
        {
            pages[document] = PdfPage.Read(Path.Combine(folder, document + ".pdf"));
        }
    }

    public bool Available { get; }

    internal IReadOnlyList<PdfPage> PagesOf(string name) => pages[name];

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
