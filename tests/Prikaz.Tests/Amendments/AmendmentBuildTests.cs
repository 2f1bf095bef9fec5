using Prikaz.Building;
using Prikaz.Tests.Build;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// <c>prikaz build</c> over a repository with an amendment order beside the order it amends: both are
/// built, and a change of the amended order renders the amendment again, since its words come from it
/// (the kind names the file in <c>ReadsFrom</c>, which enters the build fingerprint).
/// </summary>
public sealed class AmendmentBuildTests
{
    [Fact]
    public void Changing_the_amended_order_renders_its_amendment_order_again()
    {
        using var workspace = new BuildWorkspace();
        var roadmap = Path.Combine(workspace.Roadmaps, "chelyabinsk.yaml");
        File.Copy(Path.Combine(Editions.Cases, "chelyabinsk", "old.yaml"), roadmap);
        var newEdition = Path.Combine(workspace.Root, "new.yaml");
        File.Copy(Path.Combine(Editions.Cases, "chelyabinsk", "new.yaml"), newEdition);
        var amend = CliRun.Of("amend", roadmap, newEdition, "-o", Path.Combine(workspace.Roadmaps, "chelyabinsk.amendment.yaml"), "--templates", workspace.Templates);
        Assert.True(amend.ExitCode == 0, amend.All);

        var first = workspace.Build();
        Assert.True(first.Exit == 0, first.ToString());
        Assert.Equal(BuildStatus.Rendered, first.StatusOf("chelyabinsk.amendment"));
        Assert.Equal(BuildStatus.UpToDate, workspace.Build().StatusOf("chelyabinsk.amendment"));

        File.WriteAllText(roadmap, File.ReadAllText(roadmap).Replace("title: Срок (период) проведения", "title: Срок исполнения", StringComparison.Ordinal));
        var second = workspace.Build();

        Assert.True(second.Exit == 0, second.ToString());
        Assert.Equal(BuildStatus.Rendered, second.StatusOf("chelyabinsk.amendment"));
        Assert.Equal(BuildStatus.UpToDate, second.StatusOf("amur-2020-shnor"));
        Assert.Contains("в графе «Срок исполнения» пункта 1.2", File.ReadAllText(workspace.OutputFile("chelyabinsk.amendment.html")), StringComparison.Ordinal);
    }
}
