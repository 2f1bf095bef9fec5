using System.Text.Json;
using System.Text.RegularExpressions;

namespace Prikaz.Tests.Cli;

/// <summary><c>prikaz validate</c> end to end: exit codes, text lines and summary, JSON and SARIF reports.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void Seeds_validate_with_exit_0_and_the_summary_line()
    {
        var run = CliRun.Of("validate", CliRun.Roadmaps, "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal("Проверено 6 файлов: 0 ошибок, 12 предупреждений.", run.Out.TrimEnd('\n').Split('\n')[^1]);
        Assert.DoesNotContain(": error PRK", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Fixture_with_an_error_exits_1_with_compiler_style_lines()
    {
        var path = Path.Combine(CliRun.RuleCases, "PRK001-duplicate-number.yaml");

        var run = CliRun.Of("validate", path, "--templates", CliRun.Templates);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Out.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches("^" + Regex.Escape(path) + @":\d+:\d+: error PRK\d{3}: ", line);
        Assert.StartsWith(path + ":86:19: error PRK001: номер 3.3 повторяется", line, StringComparison.Ordinal);
        Assert.Contains("Проверено 1 файл: 1 ошибка, 0 предупреждений; с ошибками: 1 файл.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_checked_in_parallel_are_reported_in_the_order_given()
    {
        var files = Prikaz.Pipeline.RoadmapFiles.Expand([CliRun.RuleCases]).Files;

        var run = CliRun.Of("validate", CliRun.RuleCases, "--templates", CliRun.Templates);

        var reported = run.Out.Split('\n')
            .Select(line => files.FirstOrDefault(file => line.StartsWith(file + ":", StringComparison.Ordinal)))
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.True(reported.Count > 20, run.All);
        Assert.Equal(files.Where(reported.Contains), reported);
    }

    [Fact]
    public void Missing_path_exits_2_naming_it()
    {
        var missing = Path.Combine(CliRun.Repository, "roadmaps", "no-such-order.yaml");

        var run = CliRun.Of("validate", missing, "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"«{missing}» не найдены", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        var run = CliRun.Of("validate", CliRun.Roadmaps, "--templates", CliRun.Templates, "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("validate", "--bogus")]
    [InlineData("validate", "-z")]
    [InlineData("render", "--bogus")]
    [InlineData("schema", "--bogus")]
    public void Unknown_option_exits_2_as_an_unknown_option(string command, string option)
    {
        var run = CliRun.Of(command, CliRun.Roadmaps, option, "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("не найдены", run.Error, StringComparison.Ordinal);
        Assert.Contains("Справка: prikaz --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_parses_and_counts_match_the_diagnostics()
    {
        var run = CliRun.Of("validate", CliRun.Roadmaps, "--templates", CliRun.Templates, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(12, root.GetProperty("warnings").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(6, files.Count); // the four seeds and the two progress files of Amur
        var diagnostics = files.SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).ToList();
        Assert.Equal(12, diagnostics.Count(d => d.GetProperty("severity").GetString() == "warning"));
        Assert.All(diagnostics, d => Assert.Matches(@"^PRK\d{3}$", d.GetProperty("code").GetString()));
        Assert.All(diagnostics, d => Assert.True(d.GetProperty("line").GetInt32() >= 1));
    }

    [Fact]
    public void Sarif_report_has_the_sarif_2_1_0_shape()
    {
        // The whole rules folder: every rule code, errors and warnings, a file-level PRK150.
        var run = CliRun.Of("validate", CliRun.RuleCases, "--templates", CliRun.Templates, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var results = SarifShape.Check(json.RootElement);
        Assert.Contains(results, r => r.Level == "error" && r.RuleId == "PRK001");
        Assert.Contains(results, r => r.Level == "warning" && r.RuleId == "PRK006");
        Assert.True(results.Count >= 22);
    }

    [Fact]
    public void Sarif_report_of_a_clean_run_has_an_empty_results_array()
    {
        var path = Path.Combine(CliRun.RuleCases, "valid-amur.yaml");

        var run = CliRun.Of("validate", path, "--templates", CliRun.Templates, "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Empty(SarifShape.Check(json.RootElement));
    }
}
