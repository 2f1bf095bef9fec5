using System.Diagnostics;

namespace Prikaz.Tests.Support;

/// <summary>
/// Programs the tests drive as real clients (LibreOffice, poppler's tools, the built CLI). Tests that
/// need them pass quietly when they are missing, unless <c>PRIKAZ_REQUIRE_SOFFICE=1</c> (set by CI,
/// which installs them) makes the absence a failure.
/// </summary>
internal static class ExternalTool
{
    /// <summary>True when every tool is on PATH; fails the test when they are required and one is missing.</summary>
    public static bool Available(params string[] tools)
    {
        var missing = tools.Where(tool => !Installed(tool)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        Assert.False(Environment.GetEnvironmentVariable("PRIKAZ_REQUIRE_SOFFICE") == "1",
            $"PRIKAZ_REQUIRE_SOFFICE=1 but {string.Join(", ", missing)} is missing (apt-get install libreoffice-writer-nogui poppler-utils).");
        return false;
    }

    /// <summary>Runs <paramref name="tool"/> and returns its standard output; a non-zero exit fails the test.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish in 3 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    private static bool Installed(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
