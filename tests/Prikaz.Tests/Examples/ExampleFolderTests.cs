using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Examples;

/// <summary>
/// <c>prikaz validate examples</c> once read the authorities' profiles in <c>examples/templates</c> as
/// orders and reported 40 errors in three «documents» that are not documents.
/// </summary>
public sealed class ExampleFolderTests
{
    [Fact]
    public void Validate_of_the_examples_folder_passes_over_its_templates_folder()
    {
        var examples = Path.Combine(CliRun.Repository, "examples");

        var run = CliRun.Of("validate", examples, "--templates", Path.Combine(examples, "templates"));

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains($"пропущена папка шаблонов {examples}/templates: в ней профили и шаблоны, а не документы", run.Error, StringComparison.Ordinal);
        Assert.Contains("Проверено 3 файла: 0 ошибок, 0 предупреждений.", run.Out, StringComparison.Ordinal);
    }
}
