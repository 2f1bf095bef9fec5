using Prikaz.Tests.Support;

namespace Prikaz.Tests.Docs;

/// <summary>The complete example of <c>roadmaps/README.md</c> is a real order: it validates with no diagnostic.</summary>
public sealed class FormatReadmeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-readme-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_complete_example_validates_clean()
    {
        var readme = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.IndexOf("## A complete example", StringComparison.Ordinal);
        var start = readme.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var path = Path.Combine(folder, "example.yaml");
        File.WriteAllText(path, readme[start..end]);

        var report = TestPipeline.Repository.CheckFile(path).Report;

        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
    }
}
