using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Templating;

namespace Prikaz.Preview;

/// <summary>
/// One refresh of the preview: a fresh template folder and pipeline, so templates and profiles edited
/// since the last refresh are read again, and the editions rendered through it — the same Load → Check
/// → Render → Write as <c>prikaz render</c>, in memory.
/// </summary>
internal sealed class RenderPass
{
    private readonly DocumentPipeline pipeline;

    public RenderPass(IReadOnlyList<string> templateLayers, ReadOnlyMemory<byte> fileIdentifier)
    {
        var folder = new TemplateFolder(templateLayers);
        pipeline = new DocumentPipeline(folder, PreviewWriters.For(folder, fileIdentifier));
    }

    /// <summary>The document file as it is on disk now.</summary>
    public EditionOutcome RenderFile(string path, int version)
    {
        var workspace = pipeline.WorkspaceAround(path);
        return Render(pipeline.Check(path, workspace), version);
    }

    /// <summary>An edition loaded already (a git revision's), checked in the workspace around <paramref name="path"/>.</summary>
    public EditionOutcome RenderLoaded(LoadedDocument document, string path, int version) =>
        Render(pipeline.Check(document, pipeline.WorkspaceAround(path)), version);

    private EditionOutcome Render(CheckedDocument document, int version)
    {
        if (!document.CanRender)
        {
            return new EditionOutcome(null, document.Report.Diagnostics);
        }

        var rendered = pipeline.Render(document);
        IReadOnlyList<Diagnostic> diagnostics = [.. document.Report.Diagnostics, .. rendered.Diagnostics];
        if (!rendered.Succeeded)
        {
            return new EditionOutcome(null, diagnostics);
        }

        var html = pipeline.Write(rendered, ["html"]).Files[0].Bytes;
        return new EditionOutcome(new EditionRendering(version, rendered, html, pipeline), diagnostics);
    }
}
