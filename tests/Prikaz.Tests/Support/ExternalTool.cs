using System.Diagnostics;

namespace Prikaz.Tests.Support;

/// <summary>
/// Programs the tests drive as real clients (LibreOffice, poppler's tools, qpdf). A test whose tool is
/// missing reports itself skipped — never passed — unless <c>PRIKAZ_REQUIRE_TOOLS=1</c> (set by
/// <c>.ci/run</c>, which installs them) makes the absence a failure.
/// </summary>
internal static class ExternalTool
{
    /// <summary>The environment variable that turns a missing tool from a skip into a failure.</summary>
    public const string RequireVariable = "PRIKAZ_REQUIRE_TOOLS";

    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["soffice"] = "libreoffice-writer-nogui libreoffice-calc-nogui",
        ["pdftotext"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["qpdf"] = "qpdf",
        ["unshare"] = "util-linux",
        ["sha256sum"] = "coreutils",
    };

    /// <summary>Whether the missing tools fail the tests that need them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>
    /// Skips the running test (a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>) unless every tool is
    /// on PATH; fails it instead when the tools are <see cref="Required"/>.
    /// </summary>
    public static void Require(params string[] tools) => Skip.IfNot(Available(tools), Absence(tools));

    /// <summary>
    /// True when every tool is on PATH; false when one is missing, or a failure when the tools are
    /// <see cref="Required"/>. For fixtures, which cannot skip: their tests call <see cref="Skip"/> on it.
    /// </summary>
    public static bool Available(params string[] tools)
    {
        if (tools.All(Installed))
        {
            return true;
        }

        Assert.False(Required, $"{RequireVariable}=1 but {Absence(tools)}");
        return false;
    }

    /// <summary>Which of <paramref name="tools"/> are missing and the packages that bring them.</summary>
    public static string Absence(params string[] tools)
    {
        var missing = tools.Where(tool => !Installed(tool)).ToList();
        var packages = missing.Select(tool => Packages.GetValueOrDefault(tool, tool)).Distinct(StringComparer.Ordinal);
        return $"{string.Join(", ", missing)} not on PATH (apt-get install {string.Join(' ', packages)})";
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
