using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Examples;

/// <summary>
/// The invented orders of <c>examples/</c>, checked and rendered as <c>prikaz render examples/x.yaml
/// --templates examples/templates</c> does: their profiles' layer over the repository's templates.
/// </summary>
internal static class Examples
{
    private static readonly Lazy<DocumentPipeline> Shared = new(() => TestPipeline.For(new TemplateFolder(
    [
        Path.Combine(GoldenFile.RepositoryRoot(), "examples", "templates"),
        Path.Combine(GoldenFile.RepositoryRoot(), "templates"),
    ])));

    // Declared before the cache, which is made from it.
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "examples"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, Lazy<Example>> Cache = Names.ToDictionary(name => name, name => new Lazy<Example>(() => Make(name)));

    public static DocumentPipeline Pipeline => Shared.Value;

    public static string Cases => Path.Combine(GoldenFile.CasesRoot(), "examples");

    public static TheoryData<string> All() => new(Names);

    public static Example Get(string name) => Cache[name].Value;

    private static Example Make(string name)
    {
        var checkedDocument = Pipeline.CheckFile(Path.Combine(GoldenFile.RepositoryRoot(), "examples", name + ".yaml"));
        Assert.True(checkedDocument.CanRender, string.Join("\n", checkedDocument.Report.Diagnostics));
        var rendered = Pipeline.Render(checkedDocument);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        var written = Pipeline.Write(rendered, Pipeline.Writers.Formats);
        return new Example(checkedDocument, rendered, written.Files.ToDictionary(file => file.Format, file => file.Bytes, StringComparer.Ordinal));
    }
}

/// <summary>One example: checked, rendered and written in every format.</summary>
internal sealed record Example(CheckedDocument Checked, RenderedDocument Rendered, IReadOnlyDictionary<string, byte[]> Files);
