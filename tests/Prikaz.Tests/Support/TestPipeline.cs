using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Templating;

namespace Prikaz.Tests.Support;

/// <summary>The pipeline as <c>prikaz</c> builds it (the same writers), for tests that check and render documents.</summary>
internal static class TestPipeline
{
    private static readonly Lazy<DocumentPipeline> Shared = new(() => For(new TemplateFolder(Path.Combine(GoldenFile.RepositoryRoot(), "templates"))));

    /// <summary>A pipeline over the repository's own <c>templates/</c>, shared by the tests.</summary>
    public static DocumentPipeline Repository => Shared.Value;

    public static DocumentPipeline For(TemplateFolder folder) => new(folder, Prikaz.Cli.Writers.For(folder));

    /// <summary>Loads and checks <paramref name="path"/> in the workspace of its own repository.</summary>
    public static CheckedDocument CheckFile(this DocumentPipeline pipeline, string path) =>
        pipeline.Check(path, pipeline.WorkspaceAround(path));

    /// <summary>The order of a checked order file.</summary>
    public static OrderFile Order(this CheckedDocument document) =>
        Assert.IsType<OrderFile>(document.Loaded.Model);
}
