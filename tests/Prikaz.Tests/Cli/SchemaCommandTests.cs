namespace Prikaz.Tests.Cli;

/// <summary><c>prikaz schema</c> prints, or writes with <c>-o</c>, exactly the committed roadmap schema.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(CliRun.Roadmaps, "roadmap.schema.json"));

    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-schema-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Schema_prints_the_committed_roadmap_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Committed, run.Out);
    }

    [Fact]
    public void Schema_output_option_writes_the_file()
    {
        var target = Path.Combine(folder, "sub", "roadmap.schema.json");

        var run = CliRun.Of("schema", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Committed, File.ReadAllText(target));
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal([Path.Combine(folder, "sub", "roadmap.schema.json")], Directory.GetFiles(Path.Combine(folder, "sub")));
    }

    [Fact]
    public void Unexpected_fault_prints_one_line_and_no_stack_trace()
    {
        // An output path that is an existing folder: the rename over it fails inside the command.
        var run = CliRun.Of("schema", "-o", folder);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("prikaz: непредвиденная ошибка: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(подробности: --verbose)", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Unexpected_fault_shows_the_stack_trace_with_verbose()
    {
        var run = CliRun.Of("schema", "-o", folder, "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(подробности: --verbose)", run.Error, StringComparison.Ordinal);
    }
}
