using Prikaz.Building;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Build;

/// <summary>
/// A build or render that cannot write says why, per document, exits 2 (an environment problem, like
/// every I/O failure), never leaves a mixed set of formats, and keeps the manifest true to the disk.
/// These need no special file system; a full and a read-only disk are in <see cref="FullDiskTests"/>.
/// </summary>
public sealed class WriteFailureTests
{
    [Fact]
    public void Output_path_through_a_file_is_named_and_exits_2()
    {
        using var workspace = new BuildWorkspace();
        var file = Path.Combine(workspace.Root, "not-a-folder");
        File.WriteAllText(file, "x");

        var build = workspace.BuildInto(Path.Combine(file, "out"));
        var render = CliRun.Of("render", Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"), "-o", Path.Combine(file, "out"), "--templates", workspace.Templates);

        Assert.Equal(2, build.Exit);
        Assert.Contains("нельзя писать: папки нет или на её месте файл", build.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, render.ExitCode);
        Assert.Contains("нельзя писать: папки нет или на её месте файл", render.Error, StringComparison.Ordinal);
        render.AssertNoStackTrace();
    }

    [Fact]
    public void Manifest_that_cannot_be_written_is_named_and_exits_2_instead_of_crashing()
    {
        using var workspace = new BuildWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Output, BuildManifest.FileName));

        var run = workspace.Build();

        Assert.True(run.Exit == 2, run.ToString());
        Assert.Contains("manifest.json не записан", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("непредвиденная ошибка", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_line_feed_cannot_forge_a_line_of_the_ci_log()
    {
        using var workspace = new BuildWorkspace();
        var forged = Path.Combine(workspace.Roadmaps, "x\n::error file=README.md::forged.yaml");
        File.Move(Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"), forged);

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        var lines = (run.Stdout + run.Stderr).Split('\n');
        Assert.DoesNotContain(lines, line => line.StartsWith("::error", StringComparison.Ordinal));
        Assert.Contains(@"x\n::error file=README.md::forged.yaml", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task Two_builds_into_one_folder_take_turns_and_leave_a_manifest_true_to_the_disk()
    {
        using var workspace = new BuildWorkspace(copiesOfEachSeed: 6);
        var environment = new Dictionary<string, string> { ["CI"] = "true" };

        using var first = BuiltCli.Start(workspace.Arguments(workspace.Output, "--force"), environment);
        using var second = BuiltCli.Start(workspace.Arguments(workspace.Output, "--force"), environment);
        var outputs = new[] { first, second }.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
        Assert.True(first.WaitForExit(TimeSpan.FromMinutes(3)) && second.WaitForExit(TimeSpan.FromMinutes(3)), "the builds did not finish");

        var errors = new[] { await outputs[0].Err, await outputs[1].Err };
        Assert.True(first.ExitCode == 0, errors[0]);
        Assert.True(second.ExitCode == 0, errors[1]);
        Assert.Contains(errors, error => error.Contains("занимает другая сборка; жду", StringComparison.Ordinal));
        OutputOnDisk.AssertManifestTellsTheTruth(workspace.Output);
        Assert.False(File.Exists(Path.Combine(workspace.Output, OutputLock.FileName)), "the lock file was left after both builds ended");
    }
}
