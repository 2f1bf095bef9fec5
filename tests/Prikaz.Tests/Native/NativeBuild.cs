using System.Diagnostics;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Native;

/// <summary>
/// <c>prikaz</c> published with native AOT, once for the tests that use it, into a private folder
/// (its own artifacts path, so the publish never rewrites the binaries the test host runs from).
/// </summary>
public sealed class NativeBuild : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "prikaz-native-" + Guid.NewGuid().ToString("N"));

    public NativeBuild()
    {
        var project = Path.Combine(GoldenFile.RepositoryRoot(), "src", "Prikaz.Cli");
        var output = Path.Combine(root, "publish");
        var clock = Stopwatch.StartNew();
        var (code, log) = NativeProcess.Run("dotnet",
            ["publish", project, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output,
             "--artifacts-path", Path.Combine(root, "artifacts"), "-nologo"],
            GoldenFile.RepositoryRoot(), TimeSpan.FromMinutes(10));
        Assert.True(code == 0, $"native publish failed ({code}):\n{log}");
        PublishSeconds = clock.Elapsed.TotalSeconds;
        Executable = Path.Combine(output, "prikaz");
        Assert.True(File.Exists(Executable), $"no {Executable}");
    }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    public double PublishSeconds { get; }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
