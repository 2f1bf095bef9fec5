using System.Diagnostics;
using System.Text;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Build;

/// <summary>
/// A full disk and a read-only one, made for real: a small tmpfs mounted in a private mount namespace
/// (<c>unshare -rm</c>, no root needed), where the built CLI runs. The output is copied out before the
/// namespace goes, and checked here: the previous set of formats is whole, the manifest true to the disk.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FullDiskTests
{
    [SkippableFact]
    public void Render_on_a_full_disk_keeps_the_previous_set_of_formats_whole_and_exits_2()
    {
        using var workspace = new BuildWorkspace();
        var seed = Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml");
        var copy = Path.Combine(workspace.Root, "copy");

        var run = InTinyDisk(workspace,
            $"{Prikaz} render {Quote(seed)} --templates {Quote(workspace.Templates)} --to docx,pdf,html -o out >/dev/null && " +
            $"{Sha} out/* > before.sha && {FillDisk} && " +
            $"sed -i 's/Подготовка инструкции/Подготовка и рассылка инструкции/' {Quote(seed)} && " +
            $"{Prikaz} render {Quote(seed)} --templates {Quote(workspace.Templates)} --to docx,pdf,html -o out; echo \"exit=$?\"; " +
            "rm -f out/filler; cp -a out/. copy/ && cp before.sha copy/");
        Assert.Contains("exit=2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("на диске нет места", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Прежние документы не тронуты", run.Stderr, StringComparison.Ordinal);
        var before = File.ReadAllLines(Path.Combine(copy, "before.sha")).Select(line => line.Split("  ")).ToDictionary(p => Path.GetFileName(p[1]), p => p[0]);
        foreach (var (name, sha) in OutputOnDisk.Hashes(copy).Where(file => file.Key.StartsWith("amur", StringComparison.Ordinal)))
        {
            Assert.Equal(before[name], sha);
        }

        Assert.Empty(Directory.GetFiles(copy, ".*.tmp"));
    }

    [SkippableFact]
    public void Build_on_a_full_disk_names_the_reason_exits_2_and_keeps_the_manifest_true()
    {
        using var workspace = new BuildWorkspace();
        var copy = Path.Combine(workspace.Root, "copy");

        var run = InTinyDisk(workspace,
            $"CI=true {Prikaz} build --roadmaps {Quote(workspace.Roadmaps)} --templates {Quote(workspace.Templates)} --to docx,html -o out >/dev/null && " +
            $"{FillDisk} && " +
            $"CI=true {Prikaz} build --roadmaps {Quote(workspace.Roadmaps)} --templates {Quote(workspace.Templates)} --to docx,html -o out --force; echo \"exit=$?\"; " +
            "rm -f out/filler; cp -a out/. copy/");
        Assert.Contains("exit=2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("не удалось записать: на диске нет места", run.Stdout + run.Stderr, StringComparison.Ordinal);
        OutputOnDisk.AssertManifestTellsTheTruth(copy);
    }

    [SkippableFact]
    public void Build_into_a_read_only_folder_names_the_reason_and_exits_2()
    {
        using var workspace = new BuildWorkspace();
        var copy = Path.Combine(workspace.Root, "copy");

        var run = InTinyDisk(workspace,
            $"mount -o remount,ro out && CI=true {Prikaz} build --roadmaps {Quote(workspace.Roadmaps)} --templates {Quote(workspace.Templates)} -o out; echo \"exit=$?\"");
        Assert.Contains("exit=2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("файловая система доступна только для чтения", run.Stderr, StringComparison.Ordinal);
    }

    private static string Prikaz => $"{Quote(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")} {Quote(Path.Combine(AppContext.BaseDirectory, "prikaz.dll"))}";

    private static string Sha => "sha256sum";

    // Everything that is left of the 640 KB, less a little for the file system's own blocks.
    private static string FillDisk => "(dd if=/dev/zero of=out/filler bs=4k 2>/dev/null; true)";

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // Runs the script in the workspace with «out» a fresh 640 KB tmpfs of its own (gone when the script
    // ends: it copies what the test checks into «copy»); the test is skipped when this machine has no unshare.
    private static (string Stdout, string Stderr) InTinyDisk(BuildWorkspace workspace, string script)
    {
        ExternalTool.Require("unshare", "sha256sum");

        Directory.CreateDirectory(Path.Combine(workspace.Root, "out"));
        Directory.CreateDirectory(Path.Combine(workspace.Root, "copy"));
        var start = new ProcessStartInfo("unshare")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-rm", "sh", "-c", $"mount -t tmpfs -o size=640k tmpfs out && {script}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the run did not finish in 3 minutes");
        Assert.DoesNotContain("mount: ", stderr.Result, StringComparison.Ordinal);
        return (stdout.Result, stderr.Result);
    }
}
