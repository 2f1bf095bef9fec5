using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Tests.Support;
using Xunit.Abstractions;

namespace Prikaz.Tests.Cli;

/// <summary>
/// Hostile roadmap files, generated into a temporary folder, through <c>prikaz validate</c>: each is
/// reported (exit 1 or 2) naming the file, with line and column where the YAML breaks, without a stack
/// trace and without the memory running away (the time each takes is logged, not asserted: a clock
/// fails on a loaded machine). Three of them also through the built executable, to prove the exit
/// codes at the process level.
/// </summary>
public sealed class HostileInputCliTests(ITestOutputHelper output) : IDisposable
{
    private const long OneGigabyte = 1L << 30;

    // A complete valid file shaped after Челябинск 017/1324; line 3 is «order:».
    private static readonly string Valid = File.ReadAllText(Path.Combine(GoldenFile.CasesRoot(), "rules", "valid-chelyabinsk.yaml"))
        .Replace("\r\n", "\n", StringComparison.Ordinal);

    private static readonly string UnknownKey = Valid.Replace("\norder:\n", "\norder:\n  colour: red\n", StringComparison.Ordinal);

    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Cases() => new(Generators.Keys.Order(StringComparer.Ordinal));

    // Name → the file's bytes, and the line of the syntax error when the YAML itself breaks (0 otherwise).
    private static readonly Dictionary<string, (Func<byte[]> Bytes, int SyntaxLine)> Generators = new(StringComparer.Ordinal)
    {
        ["empty"] = (() => [], 0),
        ["only-comment"] = (() => Utf8("# только комментарий\n"), 0),
        ["binary-garbage"] = (RandomBytes, 0),
        ["invalid-utf8"] = (() => [.. Utf8("authority: а\norder: б"), 0xC0, 0x80], 2),
        ["byte-order-mark"] = (() => [.. Encoding.UTF8.Preamble, .. Utf8(UnknownKey)], 0),
        ["crlf"] = (() => Utf8(UnknownKey.Replace("\n", "\r\n", StringComparison.Ordinal)), 0),
        ["tabs"] = (() => Utf8(Valid.Replace("\norder:\n  date:", "\norder:\n\tdate:", StringComparison.Ordinal)), 4),
        ["duplicate-keys"] = (() => Utf8(Valid.Replace("\norder:\n", "\norder:\n  date: 2020-06-24\n", StringComparison.Ordinal)), 5),
        ["unclosed-flow-sequence"] = (() => Utf8("authority: chelyabinsk-minobr\norder:\n  points: [a, b\n  date: 2020-06-23\n"), 3),
        ["nesting-5000"] = (() => Utf8("authority:\n" + string.Concat(Enumerable.Repeat("- ", 5000)) + "x\n"), 2),
        ["billion-laughs"] = (BillionLaughs, 0),
        ["scalar-20mb"] = (() => [.. Utf8("authority: "), .. Enumerable.Repeat((byte)'a', 20 * 1024 * 1024)], 0),
        ["wrong-types"] = (() => Utf8(Valid.Replace("\n  date: 2020-06-23\n", "\n  date: [2020, 6, 23]\n", StringComparison.Ordinal)), 0),
        ["unknown-keys"] = (() => Utf8(UnknownKey), 0),
        ["authority-path"] = (() => Utf8(Valid.Replace("authority: chelyabinsk-minobr", "authority: ../../etc/passwd", StringComparison.Ordinal)), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_is_reported_not_thrown(string name)
    {
        var (bytes, syntaxLine) = Generators[name];
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllBytes(path, bytes());
        using var process = Process.GetCurrentProcess();
        var peakBefore = process.PeakWorkingSet64;

        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("validate", path, "--templates", CliRun.Templates);
        clock.Stop();
        process.Refresh();
        var growth = process.PeakWorkingSet64 - peakBefore;
        output.WriteLine($"{name}: exit {run.ExitCode}, {clock.ElapsedMilliseconds} ms, peak working set +{growth / (1024 * 1024)} MB (peak {process.PeakWorkingSet64 / (1024 * 1024)} MB)");
        output.WriteLine(run.All);

        Assert.Contains(run.ExitCode, new[] { 1, 2 });
        Assert.Contains(path, run.All, StringComparison.Ordinal);
        Assert.Matches(Regex.Escape(path) + @"(:\d+:\d+)?: error PRK\d{3}: ", run.Out);
        run.AssertNoStackTrace();
        Assert.True(growth < OneGigabyte, $"peak working set grew by {growth / (1024 * 1024)} MB");
        if (syntaxLine > 0)
        {
            Assert.Matches(Regex.Escape(path) + ":" + syntaxLine + @":\d+: error PRK1\d\d: ", run.Out);
        }
    }

    [Fact]
    public void Byte_order_mark_and_crlf_keep_the_positions_of_the_lf_file()
    {
        var lf = Path.Combine(folder, "lf.yaml");
        File.WriteAllText(lf, UnknownKey);
        var expected = Positions(CliRun.Of("validate", lf, "--templates", CliRun.Templates).Out, lf);

        foreach (var name in new[] { "byte-order-mark", "crlf" })
        {
            var path = Path.Combine(folder, name + ".yaml");
            File.WriteAllBytes(path, Generators[name].Bytes());
            Assert.Equal(expected, Positions(CliRun.Of("validate", path, "--templates", CliRun.Templates).Out, path));
        }

        Assert.Equal([":4:3: error PRK120"], expected);
    }

    [Theory]
    [Trait("Category", "Integration")]
    [InlineData("billion-laughs", 1)]
    [InlineData("unclosed-flow-sequence", 1)]
    [InlineData("authority-path", 1)]
    public void Built_executable_exits_with_the_same_code(string name, int exitCode)
    {
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllBytes(path, Generators[name].Bytes());

        var (code, stdout, stderr) = Executable.Run(folder, "validate", path, "--templates", CliRun.Templates);
        output.WriteLine(stdout + stderr);

        Assert.Equal(exitCode, code);
        Assert.Contains(path + ":", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public void Built_executable_exits_2_for_a_missing_file_and_0_for_the_seeds()
    {
        var missing = Executable.Run(folder, "validate", Path.Combine(folder, "nope.yaml"), "--templates", CliRun.Templates);
        var seeds = Executable.Run(folder, "validate", CliRun.Roadmaps, "--templates", CliRun.Templates);

        Assert.Equal(2, missing.Code);
        Assert.Equal(0, seeds.Code);
        Assert.Contains("Проверено 6 файлов: 0 ошибок, 12 предупреждений.", seeds.Stdout, StringComparison.Ordinal);
    }

    private static string[] Positions(string report, string path) =>
        [.. Regex.Matches(report, Regex.Escape(path) + @"(:\d+:\d+: \w+ PRK\d{3})").Select(m => m.Groups[1].Value)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private static byte[] BillionLaughs()
    {
        var text = new StringBuilder("a0: &a0 [lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        return Utf8(text.ToString());
    }
}
