using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Prikaz.Building;

namespace Prikaz.Tests.Build;

/// <summary>The built <c>prikaz build</c> as a child process: byte-identical results whatever the machine's zone and locale, and whole files after a kill.</summary>
[Trait("Category", "Integration")]
public sealed class BuildProcessTests
{
    [Fact]
    public void Builds_are_byte_identical_across_time_zones_locales_and_runs()
    {
        using var workspace = new BuildWorkspace();
        var vladivostok = Path.Combine(workspace.Root, "out-vladivostok");
        var utc = Path.Combine(workspace.Root, "out-utc");
        var inProcess = Path.Combine(workspace.Root, "out-in-process");

        var east = BuiltCli.Run(workspace.Arguments(vladivostok, "--jobs", "2"),
            new Dictionary<string, string> { ["TZ"] = "Asia/Vladivostok", ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = "ru_RU.UTF-8", ["CI"] = "true" });
        var west = BuiltCli.Run(workspace.Arguments(utc, "--jobs", "1"),
            new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C", ["LC_ALL"] = "C", ["CI"] = "true" });
        var local = workspace.BuildInto(inProcess);

        Assert.True(east.Exit == 0, east.Stderr);
        Assert.True(west.Exit == 0, west.Stderr);
        Assert.True(local.Exit == 0, local.ToString());
        var expected = Snapshot(inProcess);
        Assert.Equal(9, expected.Count); // 4 × (docx, html) and the manifest
        foreach (var folder in new[] { vladivostok, utc })
        {
            var actual = Snapshot(folder);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs in {folder}"));
        }
    }

    [Fact]
    public async Task A_killed_build_leaves_only_whole_files_and_the_next_build_completes()
    {
        using var workspace = new BuildWorkspace(copiesOfEachSeed: 12);
        var environment = new Dictionary<string, string> { ["CI"] = "true" };
        var killedWhileWriting = 0;

        // Killed after the 1st, 12th and 30th of 48 roadmaps is written, counted on its progress lines:
        // a delay in milliseconds (as before) let a fast machine finish every build before the kill.
        foreach (var written in new[] { 1, 12, 30 })
        {
            // --force: every run writes every document, so each kill lands among writes.
            using var process = BuiltCli.Start(workspace.Arguments(workspace.Output, "--force"), environment);
            var stderr = process.StandardError.ReadToEndAsync();
            for (var seen = 0; seen < written && await process.StandardOutput.ReadLineAsync() is { } line;)
            {
                seen += line.Contains(" → ", StringComparison.Ordinal) ? 1 : 0;
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.HasExited)
            {
                killedWhileWriting++;
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await Task.WhenAll(stdout, stderr);

            AssertWholeFiles(workspace.Output, allowTemporary: true);
        }

        Assert.True(killedWhileWriting > 0, "every build finished before it could be killed; give it more roadmaps");
        var finished = BuiltCli.Run(workspace.Arguments(workspace.Output), environment);

        Assert.True(finished.Exit == 0, finished.Stderr);
        AssertWholeFiles(workspace.Output, allowTemporary: false);
        var manifest = BuildManifest.ReadEntries(workspace.Output);
        Assert.Equal(48, manifest.Count);
        Assert.All(manifest.Values, entry => Assert.Equal(2, entry.Outputs.Count));
        Assert.Equal(97, Directory.GetFiles(workspace.Output).Length);
    }

    private static void AssertWholeFiles(string folder, bool allowTemporary)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.GetFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                Assert.True(allowTemporary, $"temporary file {name} was not cleaned up");
                continue;
            }

            // A killed build cannot delete its lock file; the system has released the lock itself.
            if (name == OutputLock.FileName)
            {
                Assert.True(allowTemporary, "the lock file of a build that ended was left behind");
                continue;
            }

            switch (Path.GetExtension(name))
            {
                case ".docx":
                    using (var zip = ZipFile.OpenRead(path))
                    {
                        foreach (var entry in zip.Entries)
                        {
                            using var stream = entry.Open();
                            stream.CopyTo(Stream.Null); // reading to the end checks the entry's CRC
                        }

                        using var body = zip.GetEntry("word/document.xml")!.Open();
                        Assert.Equal("document", XDocument.Load(body).Root!.Name.LocalName);
                    }

                    break;
                case ".html":
                    Assert.EndsWith("</html>", File.ReadAllText(path).TrimEnd(), StringComparison.Ordinal);
                    break;
                case ".json":
                    Assert.Equal(BuildManifest.FileName, name);
                    using (var json = JsonDocument.Parse(File.ReadAllBytes(path)))
                    {
                        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("documents").ValueKind);
                    }

                    break;
                default:
                    Assert.Fail($"unexpected file {name} in the output folder");
                    break;
            }
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllBytes);
}
