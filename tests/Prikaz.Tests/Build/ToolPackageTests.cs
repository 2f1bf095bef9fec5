using System.Diagnostics;
using System.IO.Compression;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Build;

/// <summary>
/// The dotnet tool as users get it: <c>dotnet pack</c> makes <c>Prikaz.Tool</c> with the templates
/// inside, <c>dotnet tool install</c> installs it from that package, and the installed <c>prikaz</c>
/// builds a roadmap in a folder without templates, from the copy it ships. Slow (a pack and an
/// install, 30–90 s): in the integration tier, which CI runs.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_and_builds_with_its_shipped_templates()
    {
        var root = Path.Combine(Path.GetTempPath(), "prikaz-tool-" + Guid.NewGuid().ToString("N"));
        try
        {
            var packages = Path.Combine(root, "packages");
            var project = Path.Combine(GoldenFile.RepositoryRoot(), "src", "Prikaz.Cli");
            // Its own artifacts folder keeps the pack from rebuilding the binaries this test runs from.
            Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(root, "artifacts")], root);

            var package = Assert.Single(Directory.GetFiles(packages, "Prikaz.Tool.*.nupkg"));
            using (var zip = ZipFile.OpenRead(package))
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("tools/net10.0/any/prikaz.dll", names);
                Assert.Contains("tools/net10.0/any/templates/order.sbn", names);
                var profiles = Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities"), "*.yaml");
                Assert.All(profiles, p => Assert.Contains("tools/net10.0/any/templates/authorities/" + Path.GetFileName(p), names));
            }

            var version = Path.GetFileNameWithoutExtension(package)["Prikaz.Tool.".Length..];
            var tools = Path.Combine(root, "tool");
            // A private package cache, so an older Prikaz.Tool of the same version cached by an earlier run is not used.
            Run("dotnet", ["tool", "install", "Prikaz.Tool", "--tool-path", tools, "--add-source", packages, "--version", version], root,
                ("NUGET_PACKAGES", Path.Combine(root, "nuget")));

            var work = Path.Combine(root, "work");
            Directory.CreateDirectory(Path.Combine(work, "roadmaps"));
            File.Copy(BuildWorkspace.SeedPaths()[0], Path.Combine(work, "roadmaps", "order.yaml"));
            var log = Run(Path.Combine(tools, "prikaz"), ["build", "--to", "docx,html"], work, ("CI", "true"));

            Assert.Contains("roadmaps/order.yaml → order.docx", log, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(work, "output", "order.docx")));
            Assert.True(File.Exists(Path.Combine(work, "output", "order.html")));
            Assert.True(File.Exists(Path.Combine(work, "output", "manifest.json")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string Run(string program, IEnumerable<string> arguments, string workingDirectory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(workingDirectory);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish in 5 minutes");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
