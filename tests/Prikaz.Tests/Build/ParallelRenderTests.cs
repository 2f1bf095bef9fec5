using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Support;
using Prikaz.Writers.Docx;
using Prikaz.Writers.Html;

namespace Prikaz.Tests.Build;

/// <summary>
/// A parallel build shares one <see cref="DocumentPipeline"/> (and its parsed Scriban templates) and
/// one set of writers between threads: many renders at once must give what one render alone gives.
/// </summary>
public sealed class ParallelRenderTests
{
    [Fact]
    public void Concurrent_renders_with_a_shared_renderer_match_a_lone_render()
    {
        var folder = new TemplateFolder(Path.Combine(GoldenFile.RepositoryRoot(), "templates"));
        var checker = TestPipeline.For(folder);
        var roadmaps = BuildWorkspace.SeedPaths().Select(checker.CheckFile).ToList();
        Assert.All(roadmaps, r => Assert.True(r.CanRender));
        var expected = roadmaps.Select(r => Outputs(TestPipeline.For(folder), r)).ToList();

        var shared = TestPipeline.For(folder);
        var actual = new (string Markup, byte[] Docx, string Html)[roadmaps.Count * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Outputs(shared, roadmaps[i % roadmaps.Count]));

        for (var i = 0; i < actual.Length; i++)
        {
            var want = expected[i % roadmaps.Count];
            Assert.Equal(want.Markup, actual[i].Markup);
            Assert.Equal(want.Docx, actual[i].Docx);
            Assert.Equal(want.Html, actual[i].Html);
        }
    }

    private static (string Markup, byte[] Docx, string Html) Outputs(DocumentPipeline pipeline, CheckedDocument roadmap)
    {
        var rendered = pipeline.Render(roadmap);
        Assert.Empty(rendered.Diagnostics);
        using var docx = new MemoryStream();
        new DocxWriter().Write(rendered.Document!, docx);
        using var html = new MemoryStream();
        new HtmlWriter().Write(rendered.Document!, html);
        return (rendered.Markup, docx.ToArray(), System.Text.Encoding.UTF8.GetString(html.ToArray()));
    }
}
