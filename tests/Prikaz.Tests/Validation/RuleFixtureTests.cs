using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Tests.Support;
using Prikaz.Validation;

namespace Prikaz.Tests.Validation;

/// <summary>
/// Each <c>tests/cases/rules/*.yaml</c> is loaded from disk and checked exactly as <c>prikaz validate</c>
/// checks it (loader, authority profile from the repository's templates, semantic rules); the
/// diagnostics must equal <c>*.verified.txt</c>.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly string Folder = Path.Combine(GoldenFile.CasesRoot(), "rules");

    private static DocumentPipeline Pipeline => TestPipeline.Repository;

    public static TheoryData<string> Cases() => new(FixtureNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_verified_file(string name)
    {
        var path = Path.Combine(Folder, name);
        var loaded = DocumentLoader.Load(path, name);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        GoldenFile.Verify(Path.Combine(Folder, Path.ChangeExtension(name, ".verified.txt")), Lines(Pipeline.CheckFile(path).Report, path, name));
    }

    [Fact]
    public void Every_rule_code_is_caught_by_some_fixture()
    {
        var caught = FixtureNames()
            .SelectMany(name => Pipeline.CheckFile(Path.Combine(Folder, name)).Report.Diagnostics)
            .Select(d => d.Code)
            .ToHashSet(StringComparer.Ordinal);

        var missing = RoadmapValidator.Rules.Select(rule => rule.Code).Where(code => !caught.Contains(code)).ToList();

        Assert.NotEmpty(RoadmapValidator.Rules);
        Assert.True(missing.Count == 0, "no fixture triggers " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_fixture_is_named_after_a_rule_it_triggers()
    {
        foreach (var name in FixtureNames().Where(n => n.StartsWith("PRK", StringComparison.Ordinal)))
        {
            var code = name[..6];
            Assert.Contains(code, Pipeline.CheckFile(Path.Combine(Folder, name)).Report.Diagnostics.Select(d => d.Code));
        }
    }

    [Theory]
    [InlineData("PRK001-duplicate-number.yaml", "PRK001", 86, "номер 3.3 повторяется")]
    [InlineData("PRK002-numbering-gap.yaml", "PRK002", 89, "пропущен номер 4.4")]
    [InlineData("PRK003-amur-item-in-previous-section.yaml", "PRK003", 94, "мероприятие с номером 5.1 стоит в разделе 4")]
    [InlineData("PRK003-amur-item-in-previous-section.yaml", "PRK013", 100, "раздел 5")]
    [InlineData("PRK006-deadline-before-order.yaml", "PRK006", 38, "«До 10.06.2020» истекает раньше даты приказа 22.06.2020")]
    [InlineData("PRK006-deadline-before-order.yaml", "PRK006", 41, "«До 16.06.2020» истекает раньше даты приказа 22.06.2020")]
    [InlineData("PRK010-basis-after-order.yaml", "PRK010", 11, "от 23.06.2024 № 02/1568) датирован позже самого приказа (13.02.2024)")]
    [InlineData("PRK011-title-year-outside-period.yaml", "PRK011", 30, "указан 2023 год, а период реализации — 2024 год")]
    public void The_seeds_real_mistakes_are_caught(string name, string code, int line, string fragment)
    {
        var diagnostics = Pipeline.CheckFile(Path.Combine(Folder, name)).Report.Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == code && d.Line == line && d.Message.Contains(fragment, StringComparison.Ordinal));
    }

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    // The checker names the file as given (a full path here); the goldens name it by file name only.
    private static string Lines(Prikaz.Reporting.FileDiagnostics report, string path, string name) =>
        string.Concat(report.Diagnostics.Select(d => (d.File == path ? d with { File = name } : d) + "\n"));
}
