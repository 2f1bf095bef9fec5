using System.Diagnostics;
using Prikaz.Building;
using Prikaz.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Build;

/// <summary>
/// A throw-away repository for build tests: copies of the seed roadmaps in <c>roadmaps/</c>, a copy
/// of the templates, and an output folder, all in a temporary folder removed on dispose.
/// </summary>
internal sealed class BuildWorkspace : IDisposable
{
    public BuildWorkspace(int copiesOfEachSeed = 0)
    {
        Root = Path.Combine(Path.GetTempPath(), "prikaz-build-" + Guid.NewGuid().ToString("N"));
        Roadmaps = Path.Combine(Root, "roadmaps");
        Templates = Path.Combine(Root, "templates");
        Output = Path.Combine(Root, "output");
        Directory.CreateDirectory(Roadmaps);
        var repository = GoldenFile.RepositoryRoot();
        foreach (var seed in SeedPaths())
        {
            if (copiesOfEachSeed == 0)
            {
                File.Copy(seed, Path.Combine(Roadmaps, Path.GetFileName(seed)));
                continue;
            }

            for (var copy = 1; copy <= copiesOfEachSeed; copy++)
            {
                File.Copy(seed, Path.Combine(Roadmaps, $"{Path.GetFileNameWithoutExtension(seed)}-{copy:000}.yaml"));
            }
        }

        CopyFolder(Path.Combine(repository, "templates"), Templates);
    }

    public string Root { get; }

    public string Roadmaps { get; }

    public string Templates { get; }

    public string Output { get; }

    public static IReadOnlyList<string> SeedPaths() =>
        [.. Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml").Order(StringComparer.Ordinal)];

    public string[] Arguments(string output, params string[] extra) =>
        ["build", "--roadmaps", Roadmaps, "-o", output, "--templates", Templates, "--to", "docx,html", .. extra];

    /// <summary>Runs <c>prikaz build</c> in this process.</summary>
    public BuildRun Build(params string[] extra) => BuildInto(Output, extra);

    public BuildRun BuildInto(string output, params string[] extra)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = PrikazApp.Run(Arguments(output, extra), stdout, stderr, TimeProvider.System);
        return new BuildRun(exit, stdout.ToString(), stderr.ToString(), BuildManifest.ReadEntries(output));
    }

    public string OutputFile(string name) => Path.Combine(Output, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temporary folder is the system's to clean.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The exit code, both streams and the manifest a build left.</summary>
internal sealed record BuildRun(int Exit, string Stdout, string Stderr, IReadOnlyDictionary<string, ManifestEntry> Manifest)
{
    public BuildStatus StatusOf(string name) => Manifest["roadmaps/" + name + ".yaml"].Status;

    /// <summary>The sources with status <paramref name="status"/>, sorted.</summary>
    public IReadOnlyList<string> With(BuildStatus status) =>
        [.. Manifest.Values.Where(e => e.Status == status).Select(e => e.Source).Order(StringComparer.Ordinal)];

    public override string ToString() => $"exit {Exit}\n{Stdout}\n{Stderr}";
}

/// <summary>The built <c>prikaz</c> as a child process, with the environment a test chooses.</summary>
internal static class BuiltCli
{
    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "prikaz.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static (int Exit, string Stdout, string Stderr) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("prikaz did not finish in 3 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
