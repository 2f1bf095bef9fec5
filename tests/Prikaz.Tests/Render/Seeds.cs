using System.Collections.Concurrent;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Render;

/// <summary>
/// The four real orders of <c>roadmaps/*.yaml</c>, checked and rendered with the repository's
/// <c>templates/</c> the way <c>prikaz render</c> does; each seed is rendered once per test run.
/// </summary>
internal static class Seeds
{
    private static readonly ConcurrentDictionary<string, Lazy<RenderedSeed>> Rendered = new(StringComparer.Ordinal);

    public static string Templates { get; } = Path.Combine(GoldenFile.RepositoryRoot(), "templates");

    public static string Cases { get; } = Path.Combine(GoldenFile.CasesRoot(), "render");

    /// <summary>Seed names (file names without <c>.yaml</c>), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Directory
        .EnumerateFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml")
        .Select(path => Path.GetFileNameWithoutExtension(path))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    public static string PathOf(string seed) => Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", seed + ".yaml");

    public static RenderedSeed Get(string seed) =>
        Rendered.GetOrAdd(seed, name => new Lazy<RenderedSeed>(() => Render(name, new TemplateFolder(Templates)))).Value;

    /// <summary>Checks and renders <paramref name="seed"/> with the templates in <paramref name="folder"/>.</summary>
    public static RenderedSeed Render(string seed, TemplateFolder folder)
    {
        var pipeline = TestPipeline.For(folder);
        var roadmap = pipeline.CheckFile(PathOf(seed));
        Assert.True(roadmap.CanRender, string.Join("\n", roadmap.Report.Diagnostics));
        var rendered = pipeline.Render(roadmap);
        return new RenderedSeed(roadmap, rendered);
    }
}
