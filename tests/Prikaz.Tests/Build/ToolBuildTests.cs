using Prikaz.Building;
using Prikaz.Documents;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Writers.Html;

namespace Prikaz.Tests.Build;

/// <summary>
/// Incremental builds that cannot lie: the fingerprint holds the identity of the code that writes the
/// documents, so a writer changed in C# — with no version bump — renders every document again.
/// </summary>
public sealed class ToolBuildTests
{
    [Fact]
    public void A_change_to_a_writers_code_renders_every_document_again()
    {
        using var workspace = new BuildWorkspace();
        var folder = new TemplateFolder(workspace.Templates);

        var first = Build(folder, workspace, new HtmlWriter());
        var again = Build(folder, workspace, new HtmlWriter());
        var changed = Build(folder, workspace, new RebuiltHtmlWriter());

        Assert.All(first.Documents, d => Assert.Equal(BuildStatus.Rendered, d.Entry.Status));
        Assert.All(again.Documents, d => Assert.Equal(BuildStatus.UpToDate, d.Entry.Status));
        Assert.Equal(4, changed.Documents.Count);
        Assert.All(changed.Documents, d => Assert.Equal(BuildStatus.Rendered, d.Entry.Status));
    }

    [Fact]
    public void The_identity_is_the_same_for_the_same_code_and_keeps_the_version()
    {
        var writers = new DocumentWriters([new HtmlWriter()]);

        Assert.Equal(ToolBuild.Identity("0.1.0", writers), ToolBuild.Identity("0.1.0", new DocumentWriters([new HtmlWriter()])));
        Assert.StartsWith("0.1.0+", ToolBuild.Identity("0.1.0", writers), StringComparison.Ordinal);
        Assert.NotEqual(ToolBuild.Identity("0.1.0", writers), ToolBuild.Identity("0.1.0", new DocumentWriters([new RebuiltHtmlWriter()])));
    }

    private static BuildResult Build(TemplateFolder folder, BuildWorkspace workspace, IDocumentWriter writer)
    {
        var build = new DocumentBuild(new DocumentPipeline(folder, new DocumentWriters([writer])), "0.1.0");
        var files = Directory.GetFiles(workspace.Roadmaps, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var request = new BuildRequest(files, workspace.Root, workspace.Output, ["html"], 1, false, Shard.All);
        return build.Execute(build.Plan(request));
    }

    /// <summary>The HTML writer «after a change to its code»: the same output, from another assembly (the tests').</summary>
    private sealed class RebuiltHtmlWriter : IDocumentWriter
    {
        private readonly HtmlWriter writer = new();

        public string Format => writer.Format;

        public IReadOnlyList<string> InputFiles => writer.InputFiles;

        public void Preload() => writer.Preload();

        public WrittenDocument Write(Document document, Stream output) => writer.Write(document, output);
    }
}
