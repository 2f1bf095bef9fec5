using Prikaz.Execution.Progress;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Execution;

public sealed class ProgressSchemaTests
{
    [Fact]
    public void Committed_progress_schema_is_current()
    {
        GoldenFile.Verify(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", "progress", ProgressSchema.FileName), ProgressSchema.Generate());
        Assert.Equal(ProgressSchema.Generate(), ProgressSchema.Json);
    }

    [Fact]
    public void Statuses_are_written_in_kebab_case()
    {
        Assert.Contains("\"in-progress\"", ProgressSchema.Generate(), StringComparison.Ordinal);
        Assert.Contains("\"not-started\"", ProgressSchema.Generate(), StringComparison.Ordinal);
    }
}
