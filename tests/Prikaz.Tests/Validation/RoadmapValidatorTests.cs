using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Tests.Support;
using Prikaz.Validation;

namespace Prikaz.Tests.Validation;

public sealed class RoadmapValidatorTests
{
    [Fact]
    public void Valid_order_validates_clean()
    {
        Assert.Empty(RoadmapValidator.Validate(ValidOrder.Create(), new SourceMap("roadmaps/valid.yaml"), authorityProfileExists: true));
    }

    [Fact]
    public void Findings_are_located_through_the_source_map_and_sorted()
    {
        var file = ValidOrder.Create()
            .WithItem(1, 1, item => item with { Responsible = [], Deadline = ValidOrder.Deadline("до 2024 года") })
            .WithItem(0, 0, item => item with { Number = "1.2" })
            .WithItem(0, 1, item => item with { Number = "1.3" });
        var map = new SourceMap("roadmaps/x.yaml");
        map.Add("/roadmap/sections/0/items/0/number", new SourcePosition(40, 19));
        map.Add("/roadmap/sections/1/items/1", new SourcePosition(70, 11));
        map.Add("/roadmap/sections/1/items/1/deadline", new SourcePosition(72, 21));

        var lines = RoadmapValidator.Validate(file, map).Select(diagnostic => diagnostic.ToString()).ToList();

        Assert.Equal(
        [
            "roadmaps/x.yaml:40:19: error PRK002: нумерация в разделе 1 начинается с 1.2: пропущен номер 1.1",
            "roadmaps/x.yaml:70:11: warning PRK004: не указан ответственный исполнитель мероприятия 2.2",
            "roadmaps/x.yaml:72:21: warning PRK007: срок «до 2024 года» выходит за период «дорожной карты» 01.06.2020–31.12.2020",
        ], lines);
    }

    [Fact]
    public void Same_position_is_ordered_by_code()
    {
        var file = ValidOrder.Create().WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline("До 10.05.2020") });
        var map = new SourceMap("x.yaml");
        map.Add("/roadmap/sections/0/items/0/deadline", new SourcePosition(5, 7));
        Assert.Equal(["PRK006", "PRK007"], RoadmapValidator.Validate(file, map).Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public void Rules_have_unique_codes_in_the_rules_range_in_code_order_and_russian_titles()
    {
        var codes = RoadmapValidator.Rules.Select(rule => rule.Code).ToList();
        Assert.All(codes, code => Assert.Matches("^PRK0[0-9][0-9]$", code));
        Assert.DoesNotContain("PRK000", codes);
        Assert.Equal(codes.Distinct().Order(StringComparer.Ordinal), codes);
        Assert.All(RoadmapValidator.Rules, rule => Assert.Matches(@"^[А-ЯЁ«][^\n]+$", rule.Title));
    }

    [Fact]
    public void Every_rule_class_is_registered_once()
    {
        var classes = typeof(RoadmapValidator).Assembly.GetTypes()
            .Where(type => typeof(IRule).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .OrderBy(type => type.Name, StringComparer.Ordinal);

        Assert.Equal(classes, RuleRegistry.Rules.Select(rule => rule.GetType()).OrderBy(type => type.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_has_a_yaml_fixture_with_expected_diagnostics()
    {
        var folder = Path.Combine(GoldenFile.CasesRoot(), "rules");
        foreach (var rule in RoadmapValidator.Rules)
        {
            var fixtures = Directory.GetFiles(folder, rule.Code + "-*.yaml");
            Assert.True(fixtures.Length > 0, $"no fixture {rule.Code}-*.yaml in {folder}");
            foreach (var fixture in fixtures)
            {
                var verified = Path.ChangeExtension(fixture, ".verified.txt");
                Assert.True(File.Exists(verified), $"{verified} is missing");
                var expected = File.ReadAllLines(verified);
                var name = Regex.Escape(Path.GetFileName(fixture));
                Assert.Contains(expected, line => Regex.IsMatch(line, $@"^{name}:\d+:\d+: (error|warning) {rule.Code}: "));
                // Checked as «prikaz validate» checks them, so a profile code (PRK150…) may join the rule's.
                Assert.All(expected, line => Assert.Matches($@"^{name}:\d+:\d+: (error|warning) PRK\d{{3}}: .+", line));
            }
        }
    }

    [Fact]
    public void Fixture_severities_match_the_rules()
    {
        var severities = RoadmapValidator.Rules.ToDictionary(rule => rule.Code, rule => rule.Severity == Severity.Error ? "error" : "warning");
        foreach (var verified in Directory.GetFiles(Path.Combine(GoldenFile.CasesRoot(), "rules"), "*.verified.txt"))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(verified), @": (error|warning) (PRK\d{3}):"))
            {
                var code = match.Groups[2].Value;
                Assert.True(
                    severities.TryGetValue(code, out var severity) ? severity == match.Groups[1].Value : !code.StartsWith("PRK0", StringComparison.Ordinal),
                    $"{verified}: {match.Value}");
            }
        }
    }
}
