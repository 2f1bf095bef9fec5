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
            var first = ImportInOwnTemplates(input);
            var second = ImportInOwnTemplates(input);
            Assert.Equal(0, first.Code);
            Assert.Equal(first.Stdout, second.Stdout);
            Assert.Equal(first.Stderr, second.Stderr);
        }
    }

    // Each run has a templates folder of its own, laid over the shipped one: a new authority's profile
    // goes there, and the second run must not find the profile the first one wrote.
    private static (int Code, string Stdout, string Stderr, string Templates) ImportInOwnTemplates(string input)
    {
        var templates = Directory.CreateTempSubdirectory("prikaz-import-templates-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(templates, "authorities"));
            var (code, stdout, stderr) = Executable.Run(CliRun.Repository, "import", input, "--templates", templates, "--format", "json");

            // The folder's own name differs from run to run; what is compared is everything else.
            string Same(string text) => text.Replace(templates, "T", StringComparison.Ordinal).Replace(Path.GetRelativePath(CliRun.Repository, templates), "T", StringComparison.Ordinal);
            return (code, Same(stdout), Same(stderr), templates);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }
}
