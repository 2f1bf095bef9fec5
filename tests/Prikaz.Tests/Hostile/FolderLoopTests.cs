using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 2: link loops and links out of the roadmaps or templates folder. Every command must
/// finish quickly, see each roadmap once, and name the links it did not follow. Each run has a deadline,
/// so a walk that never ends fails the test instead of hanging the suite.
/// </summary>
public sealed class FolderLoopTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly HostileFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Two_links_pointing_at_each_other_do_not_hang_validate()
    {
        Directory.CreateDirectory(Path.Combine(folder.Roadmaps, "a"));
        Directory.CreateDirectory(Path.Combine(folder.Roadmaps, "b"));
        folder.Link(Path.Combine(folder.Roadmaps, "a", "to-b"), Path.Combine(folder.Roadmaps, "b"));
        folder.Link(Path.Combine(folder.Roadmaps, "b", "to-a"), Path.Combine(folder.Roadmaps, "a"));

        var run = ValidateRoadmapsOnce();

        Assert.Contains("/roadmaps/a/to-b → " + Path.Combine(folder.Roadmaps, "b") + ": эта папка уже просмотрена", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_to_the_disk_root_is_not_crawled()
    {
        folder.Link(Path.Combine(folder.Roadmaps, "root"), "/");

        var run = ValidateRoadmapsOnce();

        Assert.Contains("prikaz: пропущена ссылка " + folder.Roadmaps + "/root → /: ведёт за пределы папки", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_loop_does_not_check_every_file_forty_times()
    {
        folder.Link(Path.Combine(folder.Roadmaps, "self"), ".");

        var run = ValidateRoadmapsOnce();

        Assert.DoesNotContain("/self/", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_loops_in_the_templates_folder_do_not_hang_render()
    {
        folder.Link(Path.Combine(folder.Templates, "partials", "up"), "..");
        folder.Link(Path.Combine(folder.Templates, "partials", "self"), ".");
        var output = Path.Combine(folder.Root, "output");

        var run = Bounded("render", folder.Seed, "--templates", folder.Templates, "--to", "docx", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "chelyabinsk-2020-shnor.docx")), run.All);
    }

    [Fact]
    public void Link_loops_in_the_roadmaps_folder_do_not_hang_build()
    {
        folder.Link(Path.Combine(folder.Roadmaps, "loop"), folder.Roadmaps);
        folder.Link(Path.Combine(folder.Roadmaps, "root"), "/");
        var output = Path.Combine(folder.Root, "output");

        var run = Bounded("build", "--roadmaps", folder.Roadmaps, "--templates", folder.Templates, "--to", "html", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 документа", run.Out, StringComparison.Ordinal);
        Assert.Contains("ведёт за пределы папки", run.Error, StringComparison.Ordinal);
    }

    // validate over the roadmaps folder: it passes and sees each of the four seeds once.
    private CliRun ValidateRoadmapsOnce()
    {
        var run = Bounded("validate", folder.Roadmaps, "--templates", folder.Templates);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Проверено 4 файла", run.Out, StringComparison.Ordinal);
        return run;
    }

    // The run happens on a pool thread: one that never ends (the defect) fails the test at the deadline.
    private static CliRun Bounded(params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args));
        Assert.True(run.Wait(Deadline), $"prikaz {string.Join(' ', args)} did not finish in {Deadline.TotalSeconds} s");
        run.Result.AssertNoStackTrace();
        return run.Result;
    }
}
