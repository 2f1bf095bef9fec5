using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Prikaz.Tests.Support;
using Xunit.Abstractions;

namespace Prikaz.Tests.Preview;

[CollectionDefinition(nameof(BrowserCollection), DisableParallelization = true)]
public sealed class BrowserCollection;

/// <summary>
/// The whole preview as a clerk uses it: <c>prikaz preview</c> started as a process, the page opened in
/// Debian's headless Chromium through playwright-core (tests/browser/preview.e2e.mjs), the roadmap
/// edited on disk, broken and fixed, a cell clicked; then SIGTERM. Runs alone, so the save-to-paint
/// figure is the machine's, not the other tests'.
/// </summary>
[Collection(nameof(BrowserCollection))]
[Trait("Category", "Integration")]
public sealed class PreviewBrowserTests(ITestOutputHelper output)
{
    private const string Marker = "МЕТКА";
    private const int Edits = 7;

    /// <summary>The target: a save is on screen in under 300 ms on this 2-core machine.</summary>
    private const double SaveToPaintTargetMs = 300;

    /// <summary>
    /// The bound when other work crowds the machine (up to five engineers build on its two cores, and
    /// wall-clock time then measures them): still far below what a page reload or polling would take.
    /// </summary>
    private const double SaveToPaintCrowdedMs = 1000;

    /// <summary>Runnable threads per core above which the machine counts as crowded (/proc/loadavg).</summary>
    private const double CrowdedLoadPerCore = 6;

    private static readonly string Scripts = Path.Combine(GoldenFile.RepositoryRoot(), "tests", "browser");

    [SkippableFact]
    public async Task The_page_follows_edits_and_errors_of_a_200_item_roadmap_in_headless_chromium()
    {
        RequireBrowser();

        using var folder = new PreviewFolder();
        var roadmap = LargeRoadmap.Write(Path.Combine(folder.Root, "big.yaml"), sections: 10, itemsPerSection: 20, Marker + "0");
        File.Delete(folder.Document);
        var screenshots = Path.Combine(GoldenFile.RepositoryRoot(), ".artifacts", "preview");
        Directory.CreateDirectory(screenshots);

        using var preview = Start("dotnet", folder.Root, Path.Combine(AppContext.BaseDirectory, "prikaz.dll"), "preview", roadmap,
            "--port", "0", "--no-browser", "--templates", PreviewFolder.Templates);
        try
        {
            var lines = new List<string>();
            var address = await ReadAddressAsync(preview, lines);

            using var node = Start("node", Scripts, Path.Combine(Scripts, "preview.e2e.mjs"), "--url", address, "--file", roadmap,
                "--title", "Об утверждении «дорожной карты» комплексного сопровождения", "--marker", Marker,
                "--edits", Edits.ToString(System.Globalization.CultureInfo.InvariantCulture), "--screenshots", screenshots);
            var stderr = node.StandardError.ReadToEndAsync();
            string stdout;
            try
            {
                stdout = await node.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
                await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                node.Kill(entireProcessTree: true);
                throw;
            }

            output.WriteLine(stdout);
            var report = JsonDocument.Parse(stdout).RootElement;
            var failure = report.TryGetProperty("failure", out var problem) ? problem.GetString() : null;
            Assert.True(node.ExitCode == 0 && failure is null, $"{failure}\n{await stderr}");

            Assert.EndsWith("— предпросмотр", report.GetProperty("title").GetString(), StringComparison.Ordinal);
            Assert.Contains("Об утверждении «дорожной карты»", report.GetProperty("title").GetString(), StringComparison.Ordinal);

            // No reload, and the reader's place kept, deep in the table.
            Assert.True(report.GetProperty("sameDocument").GetBoolean(), "the document frame was reloaded");
            var scrollBefore = report.GetProperty("scrollBefore").GetDouble();
            Assert.True(scrollBefore > 2000, $"the view was not scrolled into the table ({scrollBefore})");
            Assert.InRange(report.GetProperty("scrollAfter").GetDouble(), scrollBefore - 1, scrollBefore + 1);

            var figures = report.GetProperty("saveToPaint").EnumerateArray().Select(figure => figure.GetDouble()).ToList();
            Assert.Equal(Edits, figures.Count);
            var median = report.GetProperty("saveToPaintMedian").GetDouble();
            var load = LoadPerCore();
            var budget = load <= CrowdedLoadPerCore ? SaveToPaintTargetMs : SaveToPaintCrowdedMs;
            output.WriteLine($"save to paint, 200 items, {Edits} edits: median {median} ms ({string.Join(", ", figures)}); " +
                             $"load {load:0.#} per core, budget {budget} ms");
            Assert.True(median < budget, $"save to paint median {median} ms, over {budget} ms (load {load:0.#} per core)");

            // The overlay names the broken line; the last good rendering stays under it; fixing removes it.
            var overlay = report.GetProperty("overlayText").GetString()!;
            Assert.Contains($"{roadmap}:{report.GetProperty("brokenLine").GetInt32()}:", overlay, StringComparison.Ordinal);
            Assert.Contains("PRK120", overlay, StringComparison.Ordinal);
            Assert.Contains("неизвестное поле", overlay, StringComparison.Ordinal);
            Assert.True(report.GetProperty("keptWhileBroken").GetBoolean());
            Assert.True(report.GetProperty("overlayGone").GetBoolean());

            // A click on the cell shows its YAML line and the VS Code link to it.
            var line = report.GetProperty("markerLine").GetInt32();
            Assert.StartsWith($"Строка {line}, столбец", report.GetProperty("sourceText").GetString(), StringComparison.Ordinal);
            Assert.StartsWith($"vscode://file/{roadmap.TrimStart('/')}:{line}:", report.GetProperty("sourceLink").GetString(), StringComparison.Ordinal);
            Assert.Empty(report.GetProperty("pageErrors").EnumerateArray());
            Assert.True(File.Exists(Path.Combine(screenshots, "preview.png")));
            Assert.True(File.Exists(Path.Combine(screenshots, "preview-errors.png")));

            // SIGTERM: one Russian line, exit 0, nothing left in the folder but the roadmap.
            Signal(preview, "TERM");
            await preview.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            lines.AddRange((await preview.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(0, preview.ExitCode);
            Assert.Equal("Предпросмотр остановлен.", lines[^1]);
            Assert.Equal(["big.yaml"], folder.Files());
        }
        finally
        {
            // A failed assertion must not leave the server running after the test.
            if (!preview.HasExited)
            {
                preview.Kill(entireProcessTree: true);
            }
        }
    }

    private static double LoadPerCore()
    {
        var fields = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];
        return fields.Length > 0 && double.TryParse(fields[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load)
            ? load / Environment.ProcessorCount
            : 0;
    }

    // Like the other external tools: skipped when missing, a failure when .ci/run says they are required.
    private static void RequireBrowser()
    {
        var ready = File.Exists("/usr/bin/chromium") && Directory.Exists(Path.Combine(Scripts, "node_modules", "playwright-core"))
            && ExternalTool.Available("node");
        const string absence = "/usr/bin/chromium or playwright-core is missing (apt-get install chromium; npm ci --prefix tests/browser)";
        Assert.False(!ready && ExternalTool.Required, $"{ExternalTool.RequireVariable}=1 but {absence}");
        Skip.IfNot(ready, absence);
    }

    private static async Task<string> ReadAddressAsync(Process preview, List<string> lines)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await preview.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            lines.Add(line);
            if (line.IndexOf("http://127.0.0.1:", StringComparison.Ordinal) is var at and >= 0)
            {
                return line[at..].Trim();
            }
        }

        throw new InvalidOperationException($"prikaz preview ended: {string.Join('\n', lines)}\n{await preview.StandardError.ReadToEndAsync()}");
    }

    private static Process Start(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program == "dotnet" ? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet" : program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
