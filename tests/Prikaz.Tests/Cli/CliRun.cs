using System.Globalization;
using Prikaz.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Cli;

/// <summary>
/// Runs <c>prikaz</c> in-process through <see cref="PrikazApp.Run"/> with captured streams and a fixed
/// clock. Paths are passed absolute and <c>--templates</c> names the repository's folder, because the
/// process-wide working folder is shared by test classes running in parallel.
/// </summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The bytes written to standard output as bytes (<c>-o -</c>).</summary>
    public byte[] Bytes { get; init; } = [];

    public static readonly string Repository = GoldenFile.RepositoryRoot();

    public static readonly string Templates = Path.Combine(Repository, "templates");

    public static readonly string Roadmaps = Path.Combine(Repository, "roadmaps");

    public static readonly string RuleCases = Path.Combine(GoldenFile.CasesRoot(), "rules");

    public string All => Out + Error;

    public static CliRun Of(params string[] args) => WithInput(null, args);

    /// <summary>Runs with <paramref name="standardInput"/> as the bytes of standard input (the input «-»).</summary>
    public static CliRun WithInput(byte[]? standardInput, params string[] args)
    {
        // Program.cs sets the Russian UI culture for System.CommandLine's resources; so does the test,
        // on this thread only.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var bytes = new MemoryStream();
            var code = PrikazApp.Run(args, stdout, stderr, new FixedClock(new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero)),
                () => new MemoryStream(standardInput ?? []), () => bytes);
            return new CliRun(code, stdout.ToString(), stderr.ToString()) { Bytes = bytes.ToArray() };
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>No stack-trace frame reached the user.</summary>
    public void AssertNoStackTrace() => Assert.DoesNotContain("   at ", All, StringComparison.Ordinal);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
