using System.Diagnostics;
using System.Globalization;
using System.Text;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Xunit.Abstractions;

using Prikaz.Tests.Support;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 6: a roadmap of more than 1,666 items failed with «цикл повторился больше 10000 раз»,
/// because Scriban counts the iterations of nested loops together. The limit now grows with the model;
/// the endless-loop case (tests/cases/templates) still stops.
/// </summary>
public sealed class LargeRoadmapTests(ITestOutputHelper output) : IDisposable
{
    private readonly HostileFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Roadmap_of_2000_items_renders_instead_of_hitting_the_loop_limit()
    {
        var path = Write(2000);
        var pipeline = TestPipeline.For(new TemplateFolder(folder.Templates));
        var roadmap = pipeline.CheckFile(path);
        Assert.True(roadmap.CanRender, string.Join("\n", roadmap.Report.Diagnostics));

        var rendered = pipeline.Render(roadmap);

        Assert.Empty(rendered.Diagnostics);
        Assert.Matches(@"школы №\s2000\b", rendered.Markup);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public void Roadmap_of_5000_items_renders_to_docx_pdf_and_html_in_about_linear_time()
    {
        var seconds = new Dictionary<int, double>();
        foreach (var items in new[] { 500, 5000 })
        {
            var path = Write(items);
            var clock = Stopwatch.StartNew();
            var run = Cli.CliRun.Of("render", path, "--templates", folder.Templates, "--to", "docx,pdf,html", "-o", Path.Combine(folder.Root, "out" + items));
            seconds[items] = clock.Elapsed.TotalSeconds;
            Assert.True(run.ExitCode == 0, run.All);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{items} items: {seconds[items]:0.00} s"));
        }

        // Ten times the items in well under thirty times the time: nothing quadratic is left.
        Assert.True(seconds[5000] < 30 * Math.Max(seconds[500], 0.1), $"500: {seconds[500]} s, 5000: {seconds[5000]} s");
    }

    // The Chelyabinsk seed with its roadmap replaced by `items` items in sections of 500.
    private string Write(int items)
    {
        var seed = File.ReadAllText(folder.Seed);
        var text = new StringBuilder(seed[..seed.IndexOf("  sections:\n", StringComparison.Ordinal)]).Append("  sections:\n");
        for (var i = 0; i < items; i++)
        {
            if (i % 500 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"    - title: Раздел {(i / 500) + 1}\n      items:\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"        - activity: Мониторинг результатов школы № {i + 1}\n")
                .Append("          deadline: до 30 декабря 2020 года\n")
                .Append("          responsible: [rcokio]\n")
                .Append(CultureInfo.InvariantCulture, $"          result: Аналитическая справка по школе № {i + 1}\n");
        }

        var path = Path.Combine(folder.Root, $"large-{items}.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
