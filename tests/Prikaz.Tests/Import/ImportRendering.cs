using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Import;

/// <summary>Imported YAML checked and rendered through the pipeline, as <c>prikaz render</c> would after the import.</summary>
internal static class ImportRendering
{
    public static RenderedDocument Render(string yaml, string name, DocumentPipeline? pipeline = null)
    {
        pipeline ??= TestPipeline.Repository;
        var checkedDocument = pipeline.Check(DocumentLoader.Parse(yaml, name), pipeline.Workspace(GoldenFile.RepositoryRoot()));
        Assert.True(checkedDocument.CanRender, string.Join("\n", checkedDocument.Report.Diagnostics));
        var rendered = pipeline.Render(checkedDocument);
        Assert.True(rendered.Document is not null, string.Join("\n", rendered.Diagnostics));
        return rendered;
    }

    public static Document Document(string yaml, string name, DocumentPipeline? pipeline = null) => Render(yaml, name, pipeline).Document!;
}
