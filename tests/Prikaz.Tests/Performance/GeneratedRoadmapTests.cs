using System.Diagnostics;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Performance;

/// <summary>The benchmark scripts and the tests measure the same roadmap: the script's generator writes what <see cref="GeneratedRoadmap"/> writes.</summary>
public sealed class GeneratedRoadmapTests
{
    [Fact]
    public void The_scripts_generator_writes_the_same_roadmap_as_the_tests()
    {
        var script = Path.Combine(GoldenFile.RepositoryRoot(), "scripts", "generate-roadmap.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, ArgumentList = { script, "600" } };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(GeneratedRoadmap.Yaml(File.ReadAllText(Seeds.PathOf("chelyabinsk-2020-shnor")), 600), text);
    }
}
