using System.Text.RegularExpressions;
using System.Xml.Linq;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Docs;

/// <summary>
/// The README a newcomer reads: its install command names the real package, its five-minute walkthrough
/// runs as written, each kind of user finds a place to start, and no link leads outside the repository.
/// </summary>
public sealed partial class NewcomerReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Install_command_names_the_package_id_of_the_tool()
    {
        var project = XDocument.Load(Path.Combine(GoldenFile.RepositoryRoot(), "src", "Prikaz.Cli", "Prikaz.Cli.csproj"));
        var id = project.Descendants("PackageId").Single().Value;

        Assert.Matches(@"(?m)^dotnet tool install --global " + Regex.Escape(id) + @"(\s|$)", Readme);
        Assert.Contains($"dotnet tool install --global {id} --add-source .artifacts/packages", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_user_has_a_place_to_start()
    {
        var start = Section("Where to start");

        foreach (var who in new[] { "**A clerk**", "**A reviewer**", "**CI**", "**A developer**" })
        {
            Assert.Contains(who, start, StringComparison.Ordinal);
        }

        Assert.Contains("## Install", Readme, StringComparison.Ordinal);
        Assert.Contains("## Your first order in five minutes", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void No_link_leads_outside_the_repository_and_every_link_exists()
    {
        // The preview's own address on this machine is no link out.
        Assert.DoesNotMatch(@"https?://(?!127\.0\.0\.1[:/]|localhost[:/])[\w-]", Readme);
        foreach (Match link in MarkdownLink().Matches(Readme))
        {
            var target = link.Groups["target"].Value.Split('#')[0];
            if (target.Length == 0)
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(GoldenFile.RepositoryRoot(), target));
            Assert.StartsWith(GoldenFile.RepositoryRoot(), path, StringComparison.Ordinal);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"README links to {target}, which does not exist");
        }
    }

    /// <summary>The walkthrough's commands, run as a newcomer would in an empty folder with the shipped templates.</summary>
    [Fact]
    [Trait("Category", "Integration")]
    public void First_order_walkthrough_runs_as_written()
    {
        var block = Regex.Match(Readme, "<!-- quickstart:start -->\n```sh\n(?<commands>.*?)```\n<!-- quickstart:end -->", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md must hold the quickstart block");
        var folder = Directory.CreateTempSubdirectory("prikaz-quickstart-").FullName;
        try
        {
            foreach (var line in block.Groups["commands"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal("prikaz", words[0]);
                var (code, stdout, stderr) = Executable.Run(folder, words[1..]);
                Assert.True(code == 0, $"{line}\n{stdout}\n{stderr}");
                Assert.DoesNotContain("warning", stdout + stderr, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(Path.Combine(folder, "roadmaps", "roadmap.schema.json")));
            Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(folder, "moy-prikaz.pdf")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "moy-prikaz.docx")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Section(string heading)
    {
        var start = Readme.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section «{heading}»");
        var end = Readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return Readme[start..(end < 0 ? Readme.Length : end)];
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
