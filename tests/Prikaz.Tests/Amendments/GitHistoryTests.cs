using System.Diagnostics;
using System.Text.Json;
using Prikaz.Amendments;
using Prikaz.Model;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// <c>prikaz diff FILE --from REV [--to REV]</c> over a temporary git repository whose commits are a
/// chain of random amendments of the Chelyabinsk seed: every pair of consecutive commits compares, and
/// applying the changes to the older one gives the newer one. Runs the user's git, hence the trait.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GitHistoryTests : IDisposable
{
    private const int Commits = 25;

    private readonly string repository = Directory.CreateTempSubdirectory("prikaz-git-").FullName;

    public void Dispose() => Directory.Delete(repository, recursive: true);

    [Fact]
    public void Every_commit_of_an_amendment_history_round_trips()
    {
        Git("init", "--quiet");
        var file = Path.Combine(repository, "roadmaps", "chelyabinsk.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var signed = RoundTripTests.Signed(Editions.Seed("chelyabinsk-2020-shnor.yaml"));
        var amendment = new RandomAmendment(new Random(11), signed, RoundTripTests.Vocabulary(signed));
        var edition = signed;
        for (var commit = 0; commit < Commits; commit++)
        {
            // JSON is YAML: the model written through its own contract loads back as the same edition.
            File.WriteAllText(file, UnitJson.Pruned(UnitJson.Of(edition))!.ToJsonString());
            Git("add", ".");
            Git("commit", "--quiet", "-m", $"edition {commit}");
            edition = amendment.Next(new Edition { Date = signed.Order.Date!.Value.AddDays(10 * (commit + 1)), Number = $"{commit + 1}/ИЗМ" });
        }

        for (var back = Commits - 1; back >= 1; back--)
        {
            var (from, to) = ($"HEAD~{back}", $"HEAD~{back - 1}");
            var outcome = ChangeDiff.Between(GitRevisions.Load(file, from), GitRevisions.Load(file, to));
            Assert.True(outcome.Diff is not null, string.Join("\n", outcome.Errors));
            var comparison = outcome.Diff!.Comparison;
            Assert.Empty(comparison.Findings);
            Assert.Equal(EditionSnapshot.Of(comparison.New), EditionSnapshot.Of(ChangeApplier.Apply(comparison.Old, comparison.Changes)));

            var run = CliRun.Of("diff", file, "--from", from, "--to", to, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Out);
            Assert.Equal(comparison.Changes.Changes.Count, json.RootElement.GetProperty("changes").GetArrayLength());
            Assert.Equal($"{from}:{file}", json.RootElement.GetProperty("old").GetString());
        }

        var working = CliRun.Of("diff", file, "--from", "HEAD");
        Assert.Equal(0, working.ExitCode);
        Assert.Contains("Изменений нет.", working.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_repository_revision_and_file_are_told_in_russian()
    {
        var file = Path.Combine(repository, "x.yaml");
        File.Copy(Path.Combine(Editions.Cases, "chelyabinsk", "old.yaml"), file);

        AssertUsage(CliRun.Of("diff", file, "--from", "HEAD"), "не в репозитории git");
        Git("init", "--quiet");
        AssertUsage(CliRun.Of("diff", file, "--from", "HEAD"), "в репозитории нет ревизии «HEAD»");
        File.WriteAllText(Path.Combine(repository, "other.txt"), "x");
        Git("add", "other.txt");
        Git("commit", "--quiet", "-m", "other");
        AssertUsage(CliRun.Of("diff", file, "--from", "HEAD"), $"в ревизии «HEAD» нет файла «{file}»");
        // A revision that git would read as an option (diff has its own --output now, so another one).
        AssertUsage(CliRun.Of("diff", file, "--from", "--upload-pack=/tmp/x"), "задана неверно");
    }

    private static void AssertUsage(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=Prikaz", "-c", "user.email=prikaz@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
