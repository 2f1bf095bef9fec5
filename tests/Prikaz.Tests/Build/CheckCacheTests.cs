using Prikaz.Building;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Build;

/// <summary>
/// Issue 15: an unchanged roadmap is neither parsed nor validated again — its diagnostics come from
/// <c>manifest.json</c> with its fingerprint — and still the build cannot lie: whatever a document's
/// checks and templates read is in the key that lets them be skipped.
/// </summary>
public sealed class CheckCacheTests : IDisposable
{
    private readonly BuildWorkspace workspace = new();

    public CheckCacheTests()
    {
        var progress = Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", "progress", "amur-2020-shnor");
        var copy = Directory.CreateDirectory(Path.Combine(workspace.Roadmaps, "progress", "amur-2020-shnor")).FullName;
        foreach (var file in Directory.GetFiles(progress, "*.yaml"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void An_unchanged_build_reads_no_roadmap_and_reports_the_same_warnings()
    {
        var (first, _) = Build();

        var (again, read) = Build();

        Assert.Empty(read);
        Assert.All(again.Documents, d => Assert.Equal(BuildStatus.UpToDate, d.Entry.Status));
        Assert.Equal(Lines(first), Lines(again));
        Assert.Contains(Lines(again), line => line.Contains("warning PRK", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_roadmap_checks_only_that_roadmap_again()
    {
        Build();
        var edited = Path.Combine(workspace.Roadmaps, "chelyabinsk-2020-shnor.yaml");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("Индивидуальные консультации", "Консультации", StringComparison.Ordinal));

        var (again, read) = Build();

        Assert.Equal([Path.GetFullPath(edited)], read);
        Assert.Equal(["roadmaps/chelyabinsk-2020-shnor.yaml"], again.Documents.Where(d => d.Entry.Status == BuildStatus.Rendered).Select(d => d.Entry.Source));
    }

    [Fact]
    public void A_progress_report_is_checked_and_rendered_again_when_its_roadmap_changes()
    {
        Build();
        var roadmap = Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml");
        File.WriteAllText(roadmap, File.ReadAllText(roadmap).Replace("- activity: Подготовка инструкции", "- activity: Подготовка и рассылка инструкции", StringComparison.Ordinal));

        var (again, _) = Build();

        Assert.Equal(
            ["roadmaps/amur-2020-shnor.yaml", "roadmaps/progress/amur-2020-shnor/2020-q2.yaml", "roadmaps/progress/amur-2020-shnor/2020-q3.yaml"],
            again.Documents.Where(d => d.Entry.Status == BuildStatus.Rendered).Select(d => d.Entry.Source));
        Assert.Contains("Подготовка и рассылка инструкции", File.ReadAllText(workspace.OutputFile("amur-2020-shnor-2020-q3.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_profile_checks_every_roadmap_again()
    {
        Build();
        var profile = Path.Combine(workspace.Templates, "authorities", "amur-minobr.yaml");
        File.AppendAllText(profile, "\n# edited\n");

        var (again, read) = Build();

        Assert.Equal(6, read.Count);
        Assert.All(again.Documents.Where(d => !d.Entry.Source.Contains("amur", StringComparison.Ordinal)),
            d => Assert.Equal(BuildStatus.UpToDate, d.Entry.Status));
    }

    [Fact]
    public void A_changed_template_checks_every_roadmap_again()
    {
        Build();
        File.AppendAllText(Path.Combine(workspace.Templates, "appendix.sbn"), "\n");

        var (again, read) = Build();

        Assert.Equal(6, read.Count);
        Assert.All(again.Documents.Where(d => d.Entry.Source.Split('/').Length == 2), d => Assert.Equal(BuildStatus.Rendered, d.Entry.Status));
    }

    [Fact]
    public void Another_tool_build_checks_every_roadmap_again()
    {
        Build();

        var (again, read) = Build(version: "0.1.1");

        Assert.Equal(6, read.Count);
        Assert.All(again.Documents, d => Assert.Equal(BuildStatus.Rendered, d.Entry.Status));
    }

    [Fact]
    public void The_command_prints_the_same_warnings_when_nothing_changed()
    {
        var first = workspace.Build();
        var again = workspace.Build();

        Assert.Equal(first.Exit, again.Exit);
        Assert.Contains("warning PRK", first.Stdout + first.Stderr, StringComparison.Ordinal);
        Assert.Equal(WarningLines(first), WarningLines(again));
    }

    [Fact]
    public void Force_checks_everything_again()
    {
        Build();

        var (again, read) = Build(force: true);

        Assert.Equal(6, read.Count);
        Assert.All(again.Documents, d => Assert.Equal(BuildStatus.Rendered, d.Entry.Status));
    }

    private static IReadOnlyList<string> Lines(BuildResult result) =>
        [.. result.Documents.SelectMany(d => d.Planned.Document.Report.Diagnostics).Select(d => d.ToString())];

    private static IReadOnlyList<string> WarningLines(BuildRun run) =>
        [.. (run.Stdout + run.Stderr).Split('\n').Where(line => line.Contains("warning PRK", StringComparison.Ordinal))];

    private (BuildResult Result, IReadOnlyList<string> Read) Build(bool force = false, string version = "0.1.0")
    {
        var folder = new TemplateFolder(workspace.Templates);
        var writers = Prikaz.Cli.Writers.For(folder);
        var build = new DocumentBuild(new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(writers.Formats)), version);
        var files = RoadmapFiles.Expand([workspace.Roadmaps]).Files;
        var request = new BuildRequest(files, workspace.Root, workspace.Output, ["html"], 2, force, Shard.All);
        var (plan, read) = DocumentReads.Recording(() => build.Plan(request));
        return (build.Execute(plan), [.. read.Files.Order(StringComparer.Ordinal)]);
    }
}
