using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Validation;

/// <summary>
/// The four committed seeds in <c>roadmaps/</c> validate without errors; their warnings (the seeds' real
/// mistakes kept on purpose) are pinned in <c>tests/cases/seeds/&lt;name&gt;.warnings.verified.txt</c>.
/// </summary>
public sealed class SeedRoadmapTests
{
    private static readonly string RoadmapsFolder = Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps");

    private static DocumentPipeline Pipeline => TestPipeline.Repository;

    public static TheoryData<string> Seeds() => new(SeedNames());

    [Fact]
    public void The_four_seeds_are_committed()
    {
        Assert.Equal(
            ["amur-2020-shnor.yaml", "chelyabinsk-2020-shnor.yaml", "molchanovo-2020-shnor.yaml", "nyazepetrovsk-2024-shnor.yaml"],
            SeedNames());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_has_no_errors_and_its_warnings_match_the_verified_file(string name)
    {
        var roadmap = Pipeline.CheckFile(Path.Combine(RoadmapsFolder, name));

        var errors = roadmap.Report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(roadmap.CanRender);
        var warnings = string.Concat(roadmap.Report.Diagnostics.Select(d => d with { File = "roadmaps/" + name }).Select(d => d + "\n"));
        GoldenFile.Verify(Path.Combine(GoldenFile.CasesRoot(), "seeds", Path.GetFileNameWithoutExtension(name) + ".warnings.verified.txt"), warnings);
    }

    [Theory]
    [InlineData("chelyabinsk-2020-shnor.yaml", 17)]
    [InlineData("nyazepetrovsk-2024-shnor.yaml", 11)]
    [InlineData("amur-2020-shnor.yaml", 33)]
    [InlineData("molchanovo-2020-shnor.yaml", 19)]
    public void Seed_has_the_item_rows_of_the_signed_original(string name, int rows)
    {
        var roadmap = Pipeline.CheckFile(Path.Combine(RoadmapsFolder, name)).Order().Roadmap;

        Assert.NotNull(roadmap);
        Assert.Equal(rows, ItemRows(roadmap));
    }

    // A row of the printed table per item and per schedule row under it.
    private static int ItemRows(Roadmap roadmap) =>
        roadmap.Sections.SelectMany(section => section.Items).Concat(roadmap.Items).Sum(item => 1 + item.Schedule.Count);

    private static string[] SeedNames() =>
        [.. Directory.GetFiles(RoadmapsFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
