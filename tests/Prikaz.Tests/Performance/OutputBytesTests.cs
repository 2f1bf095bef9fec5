using System.Text;
using Prikaz.Pipeline;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Performance;

/// <summary>
/// Speed work must not change a single output byte: the four seeds, the two Amur progress reports and
/// a generated 600-row roadmap, in every format, hashed against the bytes the tool wrote before the
/// optimisations of issue 15 (<c>tests/cases/perf/outputs.verified.txt</c>). A writer change that is
/// meant to change the output updates the hashes with <c>PRIKAZ_ACCEPT=1</c>, in its own commit.
/// </summary>
public sealed class OutputBytesTests : IDisposable
{
    private static readonly string[] Formats = ["docx", "html", "pdf", "xlsx"];

    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-bytes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Every_format_of_the_seeds_reports_and_a_600_row_roadmap_keeps_its_bytes()
    {
        var roadmaps = Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps");
        var sources = Seeds.Names.Select(Seeds.PathOf)
            .Concat(Directory.GetFiles(Path.Combine(roadmaps, "progress", "amur-2020-shnor"), "*.yaml").Order(StringComparer.Ordinal))
            .Append(GeneratedRoadmap.Write(Seeds.PathOf("chelyabinsk-2020-shnor"), folder, 600));

        var lines = new StringBuilder();
        var pipeline = TestPipeline.Repository;
        foreach (var source in sources)
        {
            var document = pipeline.CheckFile(source);
            Assert.True(document.CanRender, string.Join("\n", document.Report.Diagnostics));
            var rendered = pipeline.Render(document);
            Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
            foreach (var file in pipeline.Write(rendered, Formats).Files)
            {
                lines.Append(DocumentPipeline.OutputName(document.Loaded, file.Format)).Append(' ')
                    .Append(file.Sha256).Append(' ').Append(file.Bytes.Length).Append('\n');
            }
        }

        GoldenFile.Verify(Path.Combine(GoldenFile.CasesRoot(), "perf", "outputs.verified.txt"), lines.ToString());
    }
}
