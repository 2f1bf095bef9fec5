using Prikaz.Building;

namespace Prikaz.Tests.Build;

/// <summary><c>prikaz build</c> after roadmaps were deleted, renamed or moved: what happens to their documents.</summary>
public sealed class DeletedRoadmapTests
{
    private const string Amur = "amur-2020-shnor";

    [Fact]
    public void A_deleted_roadmaps_documents_are_removed_and_its_entry_dropped()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        File.Delete(Path.Combine(workspace.Roadmaps, Amur + ".yaml"));

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.False(File.Exists(workspace.OutputFile(Amur + ".docx")));
        Assert.False(File.Exists(workspace.OutputFile(Amur + ".html")));
        Assert.DoesNotContain("roadmaps/" + Amur + ".yaml", run.Manifest.Keys);
        Assert.Equal(3, run.With(BuildStatus.UpToDate).Count);
        Assert.Contains($"roadmaps/{Amur}.yaml удалён → удалены {Amur}.docx, {Amur}.html\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("с ошибками 0, удалено устаревших 1.", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("выпускать нечего", run.Stdout, StringComparison.Ordinal);

        // Done once: the next build has nothing to remove and says so.
        var again = workspace.Build();
        Assert.Contains("Все документы актуальны — выпускать нечего.", again.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("удалено", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_roadmap_loses_its_old_documents_and_gets_new_ones()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        File.Move(Path.Combine(workspace.Roadmaps, Amur + ".yaml"), Path.Combine(workspace.Roadmaps, "amur-renamed.yaml"));

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.False(File.Exists(workspace.OutputFile(Amur + ".docx")));
        Assert.True(File.Exists(workspace.OutputFile("amur-renamed.docx")));
        Assert.Equal(["roadmaps/amur-renamed.yaml"], run.With(BuildStatus.Rendered));
        Assert.DoesNotContain("roadmaps/" + Amur + ".yaml", run.Manifest.Keys);
        Assert.Contains("выпущено 1, пропущено как неизменившиеся 3, с ошибками 0, удалено устаревших 1.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roadmap_moved_to_another_folder_keeps_its_documents()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        var docx = File.ReadAllBytes(workspace.OutputFile(Amur + ".docx"));
        Directory.CreateDirectory(Path.Combine(workspace.Roadmaps, "moved"));
        File.Move(Path.Combine(workspace.Roadmaps, Amur + ".yaml"), Path.Combine(workspace.Roadmaps, "moved", Amur + ".yaml"));

        var run = workspace.Build();

        // The moved roadmap writes the same file names, likely the same bytes: they are its now, not the old entry's.
        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(docx, File.ReadAllBytes(workspace.OutputFile(Amur + ".docx")));
        Assert.True(File.Exists(workspace.OutputFile(Amur + ".html")));
        Assert.Equal(BuildStatus.Rendered, run.Manifest[$"roadmaps/moved/{Amur}.yaml"].Status);
        Assert.DoesNotContain("roadmaps/" + Amur + ".yaml", run.Manifest.Keys);
        Assert.DoesNotContain("удалено устаревших", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_roadmaps_document_edited_by_hand_is_kept_and_reported()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        File.AppendAllText(workspace.OutputFile(Amur + ".html"), "<!-- edited by hand -->");
        File.Delete(Path.Combine(workspace.Roadmaps, Amur + ".yaml"));

        var run = workspace.Build();

        Assert.True(run.Exit == 0, run.ToString());
        Assert.False(File.Exists(workspace.OutputFile(Amur + ".docx")));
        Assert.EndsWith("<!-- edited by hand -->", File.ReadAllText(workspace.OutputFile(Amur + ".html")), StringComparison.Ordinal);
        Assert.DoesNotContain("roadmaps/" + Amur + ".yaml", run.Manifest.Keys);
        Assert.Contains($"roadmaps/{Amur}.yaml удалён → удалён {Amur}.docx\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"roadmaps/{Amur}.yaml удалён, но {Amur}.html в {workspace.Output} изменён вручную и оставлен; удалите его сами, если он не нужен.",
            run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Roadmaps_of_other_shards_are_left_alone_whether_or_not_they_exist()
    {
        using var workspace = new BuildWorkspace();
        Assert.Equal(0, workspace.Build().Exit);
        var before = Directory.GetFiles(workspace.Output)
            .Where(f => Path.GetFileName(f) != BuildManifest.FileName)
            .ToDictionary(f => f, File.ReadAllBytes);
        // Pinned in ShardTests: chelyabinsk is in shard 1 of 2, so shard 2 must not judge it even once it is gone.
        File.Delete(Path.Combine(workspace.Roadmaps, "chelyabinsk-2020-shnor.yaml"));

        var run = workspace.Build("--shard", "2/2");

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Equal(["roadmaps/nyazepetrovsk-2024-shnor.yaml"], run.Manifest.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
        Assert.DoesNotContain("удалено устаревших", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roadmap_with_broken_yaml_keeps_its_last_good_documents()
    {
        using var workspace = new BuildWorkspace();
        var first = workspace.Build();
        Assert.Equal(0, first.Exit);
        var docx = File.ReadAllBytes(workspace.OutputFile(Amur + ".docx"));
        File.WriteAllText(Path.Combine(workspace.Roadmaps, Amur + ".yaml"), "title: [unclosed\n  - : :\n");

        var run = workspace.Build();

        Assert.True(run.Exit == 1, run.ToString());
        Assert.Equal(docx, File.ReadAllBytes(workspace.OutputFile(Amur + ".docx")));
        Assert.True(File.Exists(workspace.OutputFile(Amur + ".html")));
        Assert.Equal(BuildStatus.Failed, run.StatusOf(Amur));
        Assert.Equal(first.Manifest["roadmaps/" + Amur + ".yaml"].Outputs, run.Manifest["roadmaps/" + Amur + ".yaml"].Outputs);
        Assert.DoesNotContain("удалено устаревших", run.Stdout, StringComparison.Ordinal);
    }
}
