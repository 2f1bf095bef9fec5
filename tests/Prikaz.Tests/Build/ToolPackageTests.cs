using System.Diagnostics;
using System.IO.Compression;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Build;

/// <summary>
/// The dotnet tool as users get it: <c>dotnet pack</c> makes <c>Prikaz.Tool</c> with the templates
/// inside and the native Skia and HarfBuzz libraries of every platform a clerk may have, <c>dotnet tool
/// install</c> installs it from that package, and the installed <c>prikaz</c> builds a roadmap in a folder
/// without templates, from the copy it ships, renders one to <c>-o out.pdf</c> and prints its completion
/// script. Slow (a pack and an install, 30–120 s): in the integration tier, which CI runs.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ToolPackageTests
{
    private const string ProjectUrl = "https://prikaz.example/";

    /// <summary>Each platform a dotnet tool runs on, and where the .NET host finds its native libraries (RID fallback).</summary>
    public static TheoryData<string, string, string, string> Platforms => new()
    {
        { "win-x64", "runtimes/win-x64/native/", ".dll", "x64" },
        { "osx-arm64", "runtimes/osx/native/", ".dylib", "arm64" },
        { "osx-x64", "runtimes/osx/native/", ".dylib", "x64" },
        { "linux-x64", "runtimes/linux-x64/native/", ".so", "x64" },
        { "linux-arm64", "runtimes/linux-arm64/native/", ".so", "arm64" },
    };

    [Fact]
    public void Packed_tool_installs_and_builds_with_its_shipped_templates()
    {
        var root = Path.Combine(Path.GetTempPath(), "prikaz-tool-" + Guid.NewGuid().ToString("N"));
        try
        {
            var packages = Path.Combine(root, "packages");
            var project = Path.Combine(GoldenFile.RepositoryRoot(), "src", "Prikaz.Cli");
            // Its own artifacts folder keeps the pack from rebuilding the binaries this test runs from.
            Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(root, "artifacts"), "-p:PrikazProjectUrl=" + ProjectUrl], root);

            var package = Assert.Single(Directory.GetFiles(packages, "Prikaz.Tool.*.nupkg"));
            using (var zip = ZipFile.OpenRead(package))
            {
                var names = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("tools/net10.0/any/prikaz.dll", names);
                Assert.Contains("tools/net10.0/any/templates/order.sbn", names);
                Assert.Contains("tools/net10.0/any/README.md", names);
                var profiles = Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities"), "*.yaml");
                Assert.All(profiles, p => Assert.Contains("tools/net10.0/any/templates/authorities/" + Path.GetFileName(p), names));
                foreach (var platform in Platforms)
                {
                    AssertNativeLibraries(zip, (string)platform[0], (string)platform[1], (string)platform[2], (string)platform[3]);
                }

                Assert.DoesNotContain(names, name => name.EndsWith(".pdb", StringComparison.Ordinal) && name.Contains("/native/", StringComparison.Ordinal));
                AssertMetadata(zip);
            }

            var version = Path.GetFileNameWithoutExtension(package)["Prikaz.Tool.".Length..];
            var tools = Path.Combine(root, "tool");
            // A private package cache, so an older Prikaz.Tool of the same version cached by an earlier run is not used.
            Run("dotnet", ["tool", "install", "Prikaz.Tool", "--tool-path", tools, "--add-source", packages, "--version", version], root,
                ("NUGET_PACKAGES", Path.Combine(root, "nuget")));
            var prikaz = Path.Combine(tools, "prikaz");

            var work = Path.Combine(root, "work");
            Directory.CreateDirectory(Path.Combine(work, "roadmaps"));
            File.Copy(BuildWorkspace.SeedPaths()[0], Path.Combine(work, "roadmaps", "order.yaml"));
            var log = Run(prikaz, ["build", "--to", "docx,html"], work, ("CI", "true"));

            Assert.Contains("roadmaps/order.yaml → order.docx", log, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(work, "output", "order.docx")));
            Assert.True(File.Exists(Path.Combine(work, "output", "order.html")));
            Assert.True(File.Exists(Path.Combine(work, "output", "manifest.json")));

            var rendered = Run(prikaz, ["render", "roadmaps/order.yaml", "-o", "out.pdf"], work);
            var pdf = Path.Combine(work, "out.pdf");
            Assert.True(File.Exists(pdf), rendered);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5), StringComparison.Ordinal);
            Assert.Contains("→ out.pdf", rendered, StringComparison.Ordinal);

            var completion = Run(prikaz, ["completion", "bash"], work);
            Assert.Contains("complete -o default -F _prikaz_complete prikaz", completion, StringComparison.Ordinal);

            var sarif = Run(prikaz, ["validate", "roadmaps", "--format", "sarif"], work);
            Assert.Contains($"\"informationUri\": \"{ProjectUrl}\"", sarif, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    // Both libraries, for the platform's processor: a library on the wrong architecture would fail only on the clerk's machine.
    private static void AssertNativeLibraries(ZipArchive zip, string platform, string folder, string extension, string architecture)
    {
        foreach (var library in new[] { "libSkiaSharp", "libHarfBuzzSharp" })
        {
            var name = "tools/net10.0/any/" + folder + library + extension;
            var entry = zip.GetEntry(name);
            Assert.True(entry is not null, $"{platform}: no {name} in the package");
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.True(NativeLibrary.Architectures(bytes.ToArray()).Contains(architecture), $"{platform}: {name} is not built for {architecture}");
        }
    }

    private static void AssertMetadata(ZipArchive zip)
    {
        using var nuspec = zip.GetEntry("Prikaz.Tool.nuspec")!.Open();
        var metadata = System.Xml.Linq.XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("Prikaz.Tool", Value("id"));
        Assert.Equal(ProjectUrl, Value("projectUrl"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("prikaz", Value("tags").Split(' '));
        Assert.Contains("docx", Value("tags").Split(' '));
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
