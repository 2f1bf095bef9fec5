using System.Security.Cryptography;
using System.Text;
using Prikaz.Building;

namespace Prikaz.Tests.Build;

/// <summary><c>prikaz build</c> in-process on copies of the seeds: manifest, incrementality, failures, shards.</summary>
public sealed class BuildCommandTests
{
    private static readonly string[] Seeds = ["amur-2020-shnor", "chelyabinsk-2020-shnor", "molchanovo-2020-shnor", "nyazepetrovsk-2024-shnor"];

    [Fact]
    public void Build_of_the_seeds_lists_every_document_in_the_manifest()
    {
        using var workspace = new BuildWorkspace();
        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(Seeds.Select(s => $"roadmaps/{s}.yaml"), run.Manifest.Keys.Order(StringComparer.Ordinal));
        foreach (var entry in run.Manifest.Values)
        {
            Assert.Equal(BuildStatus.Rendered, entry.Status);
            Assert.Equal(Sha256(File.ReadAllBytes(Path.Combine(workspace.Root, entry.Source))), entry.SourceSha256);
            Assert.Matches("^[0-9a-f]{64}$", entry.Fingerprint);
            Assert.Equal(["docx", "html"], entry.Outputs.Select(o => o.Format));
            foreach (var output in entry.Outputs)
            {
                var bytes = File.ReadAllBytes(workspace.OutputFile(output.File));
                Assert.Equal(Path.GetFileNameWithoutExtension(entry.Source) + "." + output.Format, output.File);
                Assert.Equal(Sha256(bytes), output.Sha256);
                Assert.Equal(bytes.LongLength, output.Bytes);
                Assert.Null(output.Pages);
            }
        }

        // The seeds carry warnings (PRK004, PRK006…): the manifest counts them.
        Assert.Contains(run.Manifest.Values, e => e.Diagnostics > 0);
        var text = File.ReadAllText(workspace.OutputFile(BuildManifest.FileName));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(workspace.Root, text, StringComparison.Ordinal);
        Assert.Contains("Сборка за", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("4 документа — выпущено 4, пропущено как неизменившиеся 0, с ошибками 0.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_build_renders_nothing_and_says_so()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        var written = Seeds.ToDictionary(s => s, s => File.GetLastWriteTimeUtc(workspace.OutputFile(s + ".docx")));

        var second = workspace.Build();

        Assert.True(second.Exit == 0, second.ToString());
        Assert.Equal(4, second.With(BuildStatus.UpToDate).Count);
        Assert.Contains("Все документы актуальны — выпускать нечего.", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("выпущено 0, пропущено как неизменившиеся 4", second.Stdout, StringComparison.Ordinal);
        Assert.All(Seeds, s => Assert.Equal(written[s], File.GetLastWriteTimeUtc(workspace.OutputFile(s + ".docx"))));
    }

    [Fact]
    public void Changing_one_item_rerenders_only_its_roadmap()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        Edit(Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"),
            "- activity: Подготовка инструкции", "- activity: Подготовка и рассылка инструкции");

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["roadmaps/amur-2020-shnor.yaml"], run.With(BuildStatus.Rendered));
        Assert.Equal(3, run.With(BuildStatus.UpToDate).Count);
        Assert.Contains("Подготовка и рассылка инструкции", File.ReadAllText(workspace.OutputFile("amur-2020-shnor.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_template_rerenders_every_roadmap()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        File.AppendAllText(Path.Combine(workspace.Templates, "partials", "signature.sbn"), "{{~ # touched by a test ~}}\n");

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(4, run.With(BuildStatus.Rendered).Count);
    }

    [Fact]
    public void Changing_a_profile_rerenders_only_that_authoritys_roadmaps()
    {
        using var workspace = new BuildWorkspace();
        File.Copy(Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"), Path.Combine(workspace.Roadmaps, "amur-copy.yaml"));
        Assert.Equal(0, workspace.Build().Exit);
        File.AppendAllText(Path.Combine(workspace.Templates, "authorities", "amur-minobr.yaml"), "# touched by a test\n");

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["roadmaps/amur-2020-shnor.yaml", "roadmaps/amur-copy.yaml"], run.With(BuildStatus.Rendered));
        Assert.Equal(3, run.With(BuildStatus.UpToDate).Count);
    }

    [Fact]
    public void Missing_or_altered_outputs_are_rendered_again_and_force_renders_all()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        File.Delete(workspace.OutputFile("molchanovo-2020-shnor.html"));
        File.AppendAllText(workspace.OutputFile("amur-2020-shnor.html"), "<!-- edited by hand -->");

        var run = workspace.Build();

        Assert.Equal(["roadmaps/amur-2020-shnor.yaml", "roadmaps/molchanovo-2020-shnor.yaml"], run.With(BuildStatus.Rendered));
        Assert.True(File.Exists(workspace.OutputFile("molchanovo-2020-shnor.html")));
        Assert.Equal(4, workspace.Build("--force").With(BuildStatus.Rendered).Count);
    }

    [Fact]
    public void A_roadmap_with_errors_fails_alone_and_keeps_its_previous_documents()
    {
        using var workspace = new BuildWorkspace();
        var first = workspace.Build();
        Assert.Equal(0, first.Exit);
        var before = first.Manifest["roadmaps/chelyabinsk-2020-shnor.yaml"];
        var docx = workspace.OutputFile("chelyabinsk-2020-shnor.docx");
        var html = workspace.OutputFile("chelyabinsk-2020-shnor.html");
        var (docxBytes, htmlBytes) = (File.ReadAllBytes(docx), File.ReadAllBytes(html));
        var docxTime = File.GetLastWriteTimeUtc(docx);
        Edit(Path.Combine(workspace.Roadmaps, "chelyabinsk-2020-shnor.yaml"), "authority: chelyabinsk-minobr", "authority: chelyabinsk-minobraz");
        Edit(Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"), "- activity: Подготовка инструкции", "- activity: Подготовка и рассылка инструкции");

        var run = workspace.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Contains("chelyabinsk-2020-shnor.yaml:12:12: error PRK150", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("chelyabinsk-2020-shnor.yaml: документ не выпущен — исправьте ошибки выше. Прежние документы сохранены: chelyabinsk-2020-shnor.docx, chelyabinsk-2020-shnor.html.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(docxBytes, File.ReadAllBytes(docx));
        Assert.Equal(htmlBytes, File.ReadAllBytes(html));
        Assert.Equal(docxTime, File.GetLastWriteTimeUtc(docx));
        var failed = run.Manifest["roadmaps/chelyabinsk-2020-shnor.yaml"];
        Assert.Equal(BuildStatus.Failed, failed.Status);
        Assert.Equal(before.Fingerprint, failed.Fingerprint);
        Assert.Equal(before.Outputs, failed.Outputs);
        Assert.NotEqual(before.SourceSha256, failed.SourceSha256);
        Assert.Equal(BuildStatus.Rendered, run.StatusOf("amur-2020-shnor"));
        Assert.Contains("с ошибками 1.", run.Stdout, StringComparison.Ordinal);

        // Undoing the mistake brings back the same inputs: the kept documents are up to date again.
        Edit(Path.Combine(workspace.Roadmaps, "chelyabinsk-2020-shnor.yaml"), "authority: chelyabinsk-minobraz", "authority: chelyabinsk-minobr");
        var fixedRun = workspace.Build();
        Assert.Equal(0, fixedRun.Exit);
        Assert.Equal(BuildStatus.UpToDate, fixedRun.StatusOf("chelyabinsk-2020-shnor"));
    }

    [Fact]
    public void Shards_cover_every_roadmap_exactly_once()
    {
        using var workspace = new BuildWorkspace(copiesOfEachSeed: 3);
        var first = workspace.BuildInto(Path.Combine(workspace.Root, "shard1"), "--shard", "1/2");
        var second = workspace.BuildInto(Path.Combine(workspace.Root, "shard2"), "--shard", "2/2");

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.NotEmpty(first.Manifest);
        Assert.NotEmpty(second.Manifest);
        Assert.Empty(first.Manifest.Keys.Intersect(second.Manifest.Keys));
        var all = Directory.GetFiles(workspace.Roadmaps).Select(p => "roadmaps/" + Path.GetFileName(p)).Order(StringComparer.Ordinal);
        Assert.Equal(all, first.Manifest.Keys.Concat(second.Manifest.Keys).Order(StringComparer.Ordinal));
        Assert.All(first.Manifest.Keys, source => Assert.False(File.Exists(Path.Combine(workspace.Root, "shard2", Path.GetFileNameWithoutExtension(source) + ".docx"))));
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_build_are_removed()
    {
        using var workspace = new BuildWorkspace();
        Directory.CreateDirectory(workspace.Output);
        var leftover = workspace.OutputFile(".amur-2020-shnor.docx.0123456789abcdef0123456789abcdef.tmp");
        var unrelated = workspace.OutputFile(".notes.tmp");
        File.WriteAllText(leftover, "half a document");
        File.WriteAllText(unrelated, "not ours");

        Assert.Equal(0, workspace.Build().Exit);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(unrelated));
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--shard", "0/2")]
    [InlineData("--shard", "half")]
    [InlineData("--jobs", "0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        using var workspace = new BuildWorkspace();
        var run = workspace.Build(option, value);
        Assert.Equal(2, run.Exit);
        Assert.False(Directory.Exists(workspace.Output));
    }

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
