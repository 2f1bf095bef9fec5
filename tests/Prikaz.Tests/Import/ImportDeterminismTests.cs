using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Import;

/// <summary>
/// The same input gives the same YAML and report in every process: string hashes are randomised per
/// process, so nothing the importer writes may depend on the order of a hash set.
/// </summary>
public sealed class ImportDeterminismTests
{
    [Fact]
    [Trait("Category", "Integration")]
    public void Two_processes_write_the_same_yaml_and_report()
    {
        var inputs = SeedTexts.Transcription.Keys.Select(SeedTexts.PathOf)
            .Concat(Directory.EnumerateFiles(Path.Combine(GoldenFile.CasesRoot(), "import", "foreign"), "*.docx"))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var input in inputs)
        {
            var first = Executable.Run(CliRun.Repository, "import", input, "--templates", CliRun.Templates, "--format", "json");
            var second = Executable.Run(CliRun.Repository, "import", input, "--templates", CliRun.Templates, "--format", "json");
            Assert.Equal(0, first.Code);
            Assert.Equal(first.Stdout, second.Stdout);
            Assert.Equal(first.Stderr, second.Stderr);
        }
    }
}
