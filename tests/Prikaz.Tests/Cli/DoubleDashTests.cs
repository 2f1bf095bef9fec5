using Prikaz.Tests.Render;

namespace Prikaz.Tests.Cli;

/// <summary>Issue 8, case 12: <c>--</c> ends the options, so a file whose name starts with a dash can be named.</summary>
public sealed class DoubleDashTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-dash-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Render_double_dash_dash_rf_yaml_renders_the_file_instead_of_refusing_an_unknown_option()
    {
        File.Copy(Seeds.PathOf("chelyabinsk-2020-shnor"), Path.Combine(folder, "-rf.yaml"));

        var (code, stdout, stderr) = Executable.Run(folder, "render", "--templates", CliRun.Templates, "--to", "html", "-o", "out", "--", "-rf.yaml");

        Assert.True(code == 0, stdout + stderr);
        Assert.DoesNotContain("неизвестный параметр", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "out", "-rf.html")), stdout + stderr);
    }

    [Fact]
    public void Validate_double_dash_reads_a_dash_name_as_a_path()
    {
        var run = CliRun.Of("validate", "--templates", CliRun.Templates, "--", "-nope.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("«-nope.yaml» не найдены", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("неизвестный параметр", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_name_before_double_dash_is_still_an_unknown_option()
    {
        var run = CliRun.Of("validate", "-nope.yaml", "--templates", CliRun.Templates, "--", "x.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("неизвестный параметр «-nope.yaml»", run.Error, StringComparison.Ordinal);
    }
}
