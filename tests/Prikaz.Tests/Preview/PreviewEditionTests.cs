using System.Diagnostics;
using Prikaz.Preview;

namespace Prikaz.Tests.Preview;

/// <summary>
/// <c>prikaz preview FILE --from REV</c>: the edition of a git revision beside the file on disk, and the
/// seam where the amendments' diff marks what changed (here a stand-in marker, since the diff is issue 11's).
/// </summary>
public sealed class PreviewEditionTests
{
    private const string Activity = "Индивидуальные консультации";

    [Fact]
    public async Task The_earlier_edition_comes_from_git_and_the_current_one_from_disk()
    {
        using var folder = new PreviewFolder();
        Git(folder.Root, "init", "--quiet");
        Git(folder.Root, "add", ".");
        Git(folder.Root, "-c", "user.name=Тест", "-c", "user.email=test@example.invalid", "commit", "--quiet", "-m", "Подписанная редакция");
        File.WriteAllText(folder.Document, File.ReadAllText(folder.Document).Replace(Activity, "Новая редакция — консультации", StringComparison.Ordinal));
        var before = folder.Files().Where(file => !file.StartsWith(".git/", StringComparison.Ordinal)).ToList();

        EditionMarks Marker(Prikaz.Pipeline.CheckedDocument earlier, Prikaz.Pipeline.CheckedDocument current) => new(
            new Dictionary<string, EditionMark> { ["/roadmap/sections/0/items/0/activity"] = EditionMark.Changed },
            new Dictionary<string, EditionMark> { ["/roadmap/sections/0/items/0/activity"] = EditionMark.Changed });
        await using (var preview = await RunningPreview.StartAsync(folder.Document, fromRevision: "HEAD", marker: Marker))
        {
            await using var events = await preview.EventsAsync();
            var state = await events.NextAsync(_ => true);

            var earlier = state.GetProperty("earlier");
            Assert.Equal("HEAD", earlier.GetProperty("revision").GetString());
            Assert.Equal(1, earlier.GetProperty("rendered").GetInt32());
            Assert.Equal("changed", state.GetProperty("marks").GetProperty("current").GetProperty("/roadmap/sections/0/items/0/activity").GetString());
            var old = await preview.Client.GetStringAsync("/earlier");
            var current = await preview.Client.GetStringAsync("/document");
            Assert.Contains(Activity, old, StringComparison.Ordinal);
            Assert.DoesNotContain("Новая редакция", old, StringComparison.Ordinal);
            Assert.Contains("Новая редакция — консультации", current, StringComparison.Ordinal);
            Assert.Contains("data-revision=\"HEAD\"", await preview.Client.GetStringAsync("/"), StringComparison.Ordinal);
            Assert.Null(System.Text.Json.JsonDocument.Parse(await preview.Client.GetStringAsync(
                "/source?edition=earlier&pointer=%2Froadmap%2Fsections%2F0%2Fitems%2F0")).RootElement.GetProperty("editorLink").GetString());
        }

        Assert.Equal(before, folder.Files().Where(file => !file.StartsWith(".git/", StringComparison.Ordinal)).ToList());
    }

    [Theory]
    [InlineData("нет-такой-ревизии", "в репозитории нет ревизии «нет-такой-ревизии»")]
    [InlineData("--output=x", "ревизия «--output=x» задана неверно")]
    public async Task A_revision_that_cannot_be_read_is_reported_in_russian(string revision, string message)
    {
        using var folder = new PreviewFolder();
        Git(folder.Root, "init", "--quiet");

        var problem = await Assert.ThrowsAsync<PreviewStartException>(() => PreviewServer.StartAsync(
            new PreviewOptions(folder.Document, [PreviewFolder.Templates]) { Port = 0, FromRevision = revision }));

        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        Assert.True(git.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
