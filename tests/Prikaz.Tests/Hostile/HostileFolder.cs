using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;
using Prikaz.Tests.Templating;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// A temporary copy of the repository's templates and seed roadmaps, plus a «secret» folder beside them
/// that nothing may read: the place the hostile file-system cases plant their links.
/// </summary>
internal sealed class HostileFolder : IDisposable
{
    public const string SecretText = "СЕКРЕТ-7f3a9c";

    public HostileFolder()
    {
        Root = Directory.CreateTempSubdirectory("prikaz-hostile-fs-").FullName;
        TemplateFaultTests.CopyFolder(Seeds.Templates, Templates);
        Directory.CreateDirectory(Roadmaps);
        foreach (var seed in Seeds.Names)
        {
            File.Copy(Seeds.PathOf(seed), Path.Combine(Roadmaps, seed + ".yaml"));
        }

        Directory.CreateDirectory(Secret);
        File.WriteAllText(Path.Combine(Secret, "hostname"), SecretText + "\n");
        File.WriteAllText(Path.Combine(Secret, "config"), "[remote]\ntoken = " + SecretText + "\n");
    }

    public string Root { get; }

    public string Templates => Path.Combine(Root, "templates");

    public string Roadmaps => Path.Combine(Root, "roadmaps");

    /// <summary>Outside both folders, like <c>/etc</c> or <c>.git</c>.</summary>
    public string Secret => Path.Combine(Root, "secret");

    public string Seed => Path.Combine(Roadmaps, "chelyabinsk-2020-shnor.yaml");

    public void Link(string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);
    }

    /// <summary>Inserts <paramref name="line"/> before line <paramref name="number"/> of a template.</summary>
    public void Insert(string template, int number, string line) =>
        new TemplateFault(template, number, line, number).ApplyTo(Templates);

    public RenderedDocument RenderSeed()
    {
        var pipeline = TestPipeline.For(new TemplateFolder(Templates));
        var roadmap = pipeline.CheckFile(Seed);
        Assert.True(roadmap.CanRender, string.Join("\n", roadmap.Report.Diagnostics));
        return pipeline.Render(roadmap);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
