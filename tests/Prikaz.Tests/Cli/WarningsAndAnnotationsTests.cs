using Prikaz.Reporting;
using Prikaz.Tests.Build;

namespace Prikaz.Tests.Cli;

/// <summary>
/// <c>--fail-on-warnings</c> for validate and build, and <c>validate --format github</c>: workflow commands
/// that annotate a pull request in any repository, escaped so no name or message forges a line.
/// </summary>
public sealed class WarningsAndAnnotationsTests
{
    private static readonly string Molchanovo = Path.Combine(CliRun.Roadmaps, "molchanovo-2020-shnor.yaml");

    [Fact]
    public void Warnings_alone_exit_0_and_exit_1_with_fail_on_warnings()
    {
        var plain = CliRun.Of("validate", Molchanovo, "--templates", CliRun.Templates);
        var strict = CliRun.Of("validate", Molchanovo, "--templates", CliRun.Templates, "--fail-on-warnings");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning PRK006", plain.Out, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("а задан --fail-on-warnings", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_file_passes_with_fail_on_warnings()
    {
        var run = CliRun.Of("validate", Path.Combine(CliRun.RuleCases, "valid-amur.yaml"), "--templates", CliRun.Templates, "--fail-on-warnings");

        Assert.True(run.ExitCode == 0, run.All);
    }

    [Fact]
    public void Build_with_fail_on_warnings_still_builds_and_exits_1()
    {
        using var workspace = new BuildWorkspace();

        var plain = workspace.Build();
        var strict = workspace.Build("--fail-on-warnings", "--force");

        Assert.Equal(0, plain.Exit);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("а задан --fail-on-warnings", strict.Stderr, StringComparison.Ordinal);
        Assert.All(strict.Manifest.Values, entry => Assert.Equal(Prikaz.Building.BuildStatus.Rendered, entry.Status));
    }

    [Fact]
    public void Github_format_prints_workflow_commands_relative_to_the_repository()
    {
        var run = CliRun.Of("validate", Molchanovo, "--templates", CliRun.Templates, "--format", "github");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "::warning file=roadmaps/molchanovo-2020-shnor.yaml,line=85,col=17,title=PRK006::срок «До 10.06.2020» истекает раньше даты приказа 22.06.2020",
            lines[0]);
        Assert.All(lines[..^1], line => Assert.Matches(@"^::(error|warning) file=[^,]+(,line=\d+,col=\d+)?,title=PRK\d{3}::", line));
        Assert.StartsWith("Проверено 1 файл: 0 ошибок, ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_of_an_error_is_an_error_command()
    {
        var run = CliRun.Of("validate", Path.Combine(CliRun.RuleCases, "PRK001-duplicate-number.yaml"), "--templates", CliRun.Templates, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=tests/cases/rules/PRK001-duplicate-number.yaml,line=86,col=19,title=PRK001::номер 3.3 повторяется", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a%b", "a%25b")]
    [InlineData("line\nforged", "line%0Aforged")]
    [InlineData("cr\r::error::x", "cr%0D::error::x")]
    [InlineData("tab\tesc\u001b", "tab\\tesc\\u001b")]
    public void Message_is_escaped_as_the_runner_unescapes_it(string message, string escaped)
    {
        Assert.Equal(escaped, GitHubReport.Data(message));
    }

    [Theory]
    [InlineData("a,b:c", "a%2Cb%3Ac")]
    [InlineData("x\n::error file=y::forged.yaml", "x%0A%3A%3Aerror file=y%3A%3Aforged.yaml")]
    public void Property_is_escaped_with_its_separators(string value, string escaped)
    {
        Assert.Equal(escaped, GitHubReport.Property(value));
    }

    [Fact]
    public void Name_with_control_characters_does_not_forge_a_command_line()
    {
        var root = Directory.CreateTempSubdirectory("prikaz-gh-").FullName;
        try
        {
            var name = Path.Combine(root, "evil\n::error file=x.yaml::forged,\u001b.yaml");
            var report = new StringWriter();
            new GitHubReport(root).Write([new FileDiagnostics(name, [new Prikaz.Diagnostics.Diagnostic(name, 1, 1, Prikaz.Diagnostics.Severity.Error, "PRK100", "файл не найден\n::error::forged")])], report);

            var lines = report.ToString().TrimEnd('\n').Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Equal("::error file=evil%0A%3A%3Aerror file=x.yaml%3A%3Aforged%2C\\u001b.yaml,line=1,col=1,title=PRK100::файл не найден%0A::error::forged", lines[0]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
