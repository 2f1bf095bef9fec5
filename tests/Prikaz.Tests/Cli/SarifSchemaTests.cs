using System.Text.Json;
using NJsonSchema;
using Prikaz.Diagnostics;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Cli;

/// <summary>
/// SARIF that code scanning maps from anywhere: every log <c>validate</c> writes is valid against the
/// official SARIF 2.1.0 schema (OASIS, <c>tests/cases/sarif/sarif-schema-2.1.0.json</c>), names files
/// relative to the repository root under <c>%SRCROOT%</c> whatever folder it ran in, and is written even
/// when the run fails with exit 2.
/// </summary>
public sealed class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(GoldenFile.CasesRoot(), "sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    private static readonly string Rules = "tests/cases/rules";

    [Fact]
    public void Log_with_absolute_paths_is_valid_and_names_files_from_the_repository_root()
    {
        var run = CliRun.Of("validate", CliRun.RuleCases, "--templates", CliRun.Templates, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        AssertValid(run.Out);
        var uris = ArtifactUris(run.Out);
        Assert.True(uris.Count >= 22);
        Assert.All(uris, uri => Assert.StartsWith(Rules + "/", uri, StringComparison.Ordinal));
        using var log = JsonDocument.Parse(run.Out);
        var runObject = log.RootElement.GetProperty("runs")[0];
        var root = runObject.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(CliRun.Repository + "/").AbsoluteUri, root);
        Assert.True(runObject.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    [Trait("Category", "Integration")]
    public void Root_subfolder_and_absolute_paths_give_the_same_valid_log()
    {
        var fromRoot = Executable.Run(CliRun.Repository, "validate", Rules, "--format", "sarif");
        var fromSubfolder = Executable.Run(Path.Combine(CliRun.Repository, "tests", "cases"), "validate", "rules", "--format", "sarif");
        var absolute = Executable.Run(Path.GetTempPath(), "validate", CliRun.RuleCases, "--format", "sarif", "--templates", CliRun.Templates);

        foreach (var (code, stdout, stderr) in new[] { fromRoot, fromSubfolder, absolute })
        {
            Assert.True(code == 1, stderr);
            AssertValid(stdout);
        }

        var expected = ArtifactUris(fromRoot.Stdout);
        Assert.All(expected, uri => Assert.StartsWith(Rules + "/", uri, StringComparison.Ordinal));
        Assert.Equal(expected, ArtifactUris(fromSubfolder.Stdout));
        Assert.Equal(expected, ArtifactUris(absolute.Stdout));
    }

    [Fact]
    public void Missing_path_still_gives_a_valid_log_with_the_reason()
    {
        var run = CliRun.Of("validate", Path.Combine(CliRun.Roadmaps, "no-such.yaml"), "--templates", CliRun.Templates, "--format", "sarif");

        Assert.Equal(2, run.ExitCode);
        AssertValid(run.Out);
        var invocation = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("no-such.yaml» не найдены", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("не найдены", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_a_run_outside_any_repository_had_the_file_system_root_as_an_invalid_base_uri()
    {
        // validate in /tmp with no .git above takes the folder's parent, «/», as the root; «//» was no URI.
        var root = Path.GetPathRoot(Path.GetTempPath())!;
        var failure = new StringWriter();
        var results = new StringWriter();

        new Prikaz.Reporting.SarifReport("0.0.0", new(new Uri("https://prikaz.example/")), root).WriteFailure(["prikaz: файл или папка «x.yaml» не найдены"], failure);
        new Prikaz.Reporting.SarifReport("0.0.0", new(new Uri("https://prikaz.example/")), root).Write(
            [new Prikaz.Reporting.FileDiagnostics(Path.Combine(root, "x.yaml"), [new Diagnostic(Path.Combine(root, "x.yaml"), 0, 0, Severity.Error, "PRK100", "файл не найден")])], results);

        AssertValid(failure.ToString());
        AssertValid(results.ToString());
        Assert.Contains("\"uri\": \"x.yaml\"", results.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_still_gives_a_valid_log()
    {
        var run = CliRun.Of("validate", CliRun.Roadmaps, "--format", "sarif", "--bogus", "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        AssertValid(run.Out);
        Assert.Contains("--bogus", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_carry_help_a_help_uri_and_their_default_level()
    {
        var run = CliRun.Of("validate", CliRun.RuleCases, "--templates", CliRun.Templates, "--format", "sarif");

        using var log = JsonDocument.Parse(run.Out);
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var information = new Uri(driver.GetProperty("informationUri").GetString()!);
        Assert.True(information.IsAbsoluteUri);
        Assert.True(!information.IsFile || File.Exists(information.LocalPath), $"{information} does not exist");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, rule => rule.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "warning");
        foreach (var rule in rules)
        {
            var code = rule.GetProperty("id").GetString()!;
            Assert.EndsWith("#diagnostic-codes", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Contains(DiagnosticCatalog.TitleOf(code), rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("**" + code + "**", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.Equal(DiagnosticCatalog.SeverityOf(code) == Severity.Error ? "error" : "warning",
                rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }

        // A result states its own level (a finding may be milder than its rule: a signed original's
        // duplicate number is kept with a warning); the default is the rule's.
        var levels = rules.ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("error", levels["PRK001"]);
        Assert.Equal("warning", levels["PRK006"]);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "PRK006" && result.GetProperty("level").GetString() == "warning");
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "PRK001" && result.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public void The_readme_heading_the_help_uri_points_at_exists()
    {
        var readme = File.ReadAllText(Path.Combine(CliRun.Repository, "README.md"));

        Assert.Contains("\n## Diagnostic codes\n", readme, StringComparison.Ordinal);
    }

    private static void AssertValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(error => $"{error.Path}: {error.Kind}")) + "\n" + sarif);
    }

    private static List<string> ArtifactUris(string sarif)
    {
        using var log = JsonDocument.Parse(sarif);
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(location =>
            {
                Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
                return location.GetProperty("uri").GetString()!;
            })
            .ToList();
    }
}
