using Prikaz.Documents;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Profiles;
using Prikaz.Tests.Support;
using Prikaz.Writers.Pdf;

namespace Prikaz.Tests.PdfSeeds;

/// <summary>
/// One committed seed taken through the real pipeline (<see cref="DocumentPipeline"/>,
/// <see cref="PdfWriter"/> on <c>templates/fonts</c>): its model, profile, neutral document and PDF bytes.
/// Each seed is rendered once per test run and shared by the tests.
/// </summary>
internal sealed record SeedPdf(string Name, OrderFile File, AuthorityProfile Profile, Document Document, byte[] Pdf)
{
    private static readonly string Templates = Path.Combine(GoldenFile.RepositoryRoot(), "templates");

    private static readonly Dictionary<string, Lazy<SeedPdf>> Cache = SeedNames()
        .ToDictionary(name => name, name => new Lazy<SeedPdf>(() => Render(name)), StringComparer.Ordinal);

    /// <summary>The seeds' base names (without <c>.yaml</c>) in ordinal order.</summary>
    public static IReadOnlyList<string> SeedNames() =>
        [.. Directory.EnumerateFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    public static SeedPdf Get(string name) => Cache[name].Value;

    /// <summary>Renders the seed again from scratch with a new writer: for determinism checks.</summary>
    public static byte[] RenderPdf(Document document)
    {
        using var stream = new MemoryStream();
        new PdfWriter(new PdfWriterOptions(Path.Combine(Templates, "fonts"))).Write(document, stream);
        return stream.ToArray();
    }

    private static SeedPdf Render(string name)
    {
        var roadmap = TestPipeline.Repository.CheckFile(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", name + ".yaml"));
        Assert.True(roadmap.CanRender, string.Join("\n", roadmap.Report.Diagnostics));
        var rendered = TestPipeline.Repository.Render(roadmap);
        Assert.True(rendered.Document is not null, string.Join("\n", rendered.Diagnostics));
        return new SeedPdf(name, roadmap.Order(), roadmap.Profile!, rendered.Document!, RenderPdf(rendered.Document!));
    }
}
