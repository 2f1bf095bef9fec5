using System.Diagnostics;
using System.Text.Json;

namespace Prikaz.Tests.Build;

/// <summary>
/// Ctrl+C and SIGTERM stop a build cleanly: the documents in progress are finished as whole sets, the
/// manifest is written for what was done, one Russian line says so, and the exit code is 130 or 143.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StopSignalTests
{
    [Theory]
    [InlineData("INT", 130, "Ctrl+C")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task A_stopped_build_writes_its_manifest_and_exits_with_the_signal_code(string signal, int exitCode, string name)
    {
        using var workspace = new BuildWorkspace(copiesOfEachSeed: 12);
        using var process = BuiltCli.Start(workspace.Arguments(workspace.Output, "--jobs", "1"), new Dictionary<string, string> { ["CI"] = "true" });
        var stderr = process.StandardError.ReadToEndAsync();

        // Signalled after the first document is out, so the stop lands among writes whatever the machine's load.
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains(" → ", StringComparison.Ordinal))
        {
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        Send(signal, process.Id);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not stop");

        Assert.Equal(exitCode, process.ExitCode);
        var said = (await stderr).Split('\n').Where(line => line.Contains("сборка прервана", StringComparison.Ordinal)).ToList();
        Assert.StartsWith($"prikaz: сборка прервана ({name}): не обработано документов: ", Assert.Single(said), StringComparison.Ordinal);
        _ = await stdout;
        OutputOnDisk.AssertManifestTellsTheTruth(workspace.Output);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace.Output, "manifest.json")));
        var statuses = manifest.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.Contains("rendered", statuses);
        Assert.Contains("interrupted", statuses);
        Assert.Equal(48, statuses.Count);
    }

    private static void Send(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
