using Prikaz.Tests.Support;

namespace Prikaz.Tests.Render;

/// <summary>
/// The four seeds' DOCX opened by LibreOffice: written to a private folder and converted to PDF in one
/// <c>soffice</c> call (its cold start costs seconds), with a private user profile so parallel runs
/// never share one. <see cref="Available"/> is false when the tools are missing and not required.
/// </summary>
public sealed class SeedPdfs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-seed-pdfs-").FullName;
    private readonly Dictionary<string, IReadOnlyList<PdfPage>> pages = new(StringComparer.Ordinal);

    public SeedPdfs()
    {
        Available = ExternalTool.Available("soffice", "pdftotext", "pdfinfo");
        if (!Available)
        {
            return;
        }

        var documents = Seeds.Names.Select(seed =>
        {
            var path = Path.Combine(folder, seed + ".docx");
            File.WriteAllBytes(path, Seeds.Get(seed).Docx);
            return path;
        }).ToList();
        ExternalTool.Run("soffice",
            [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder, .. documents]);
        foreach (var seed in Seeds.Names)
        {
            pages[seed] = PdfPage.Read(Path.Combine(folder, seed + ".pdf"));
        }
    }

    public bool Available { get; }

    internal IReadOnlyList<PdfPage> PagesOf(string seed) => pages[seed];

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
