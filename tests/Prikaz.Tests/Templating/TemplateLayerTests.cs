using Prikaz.Templating;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Templating;

/// <summary>
/// A user's templates folder is laid over the copy shipped with the tool: it needs only what it
/// changes, and an authority's own templates in <c>authorities/&lt;id&gt;/</c> apply to its documents only.
/// </summary>
public sealed class TemplateLayerTests : IDisposable
{
    private const string Profile = """
        id: tver-uo
        name: Управление образования администрации города Твери
        letterhead: [АДМИНИСТРАЦИЯ ГОРОДА ТВЕРИ, УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
        place: г. Тверь
        approvedBy: приказом управления образования администрации города Твери
        appendixTo: к приказу управления образования администрации города Твери
        """;

    private readonly string root = Directory.CreateTempSubdirectory("prikaz-layers-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_folder_with_only_a_new_profile_serves_new_validate_and_build()
    {
        var templates = Write("my/authorities/tver-uo.yaml", Profile);
        var roadmap = Path.Combine(root, "roadmaps", "tver.yaml");
        var output = Path.Combine(root, "output");
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(templates))!;

        var created = CliRun.Of("new", roadmap, "--authority", "tver-uo", "--date", "2026-06-01", "--templates", folder);
        var validated = CliRun.Of("validate", roadmap, "--templates", folder);
        var built = CliRun.Of("build", "--roadmaps", Path.GetDirectoryName(roadmap)!, "-o", output, "--templates", folder);

        Assert.True(created.ExitCode == 0, created.All);
        Assert.True(validated.ExitCode == 0, validated.All);
        Assert.True(built.ExitCode == 0, built.All);
        Assert.All(["tver.docx", "tver.pdf", "tver.html"], name => Assert.True(new FileInfo(Path.Combine(output, name)).Length > 0, name));
        Assert.Contains("АДМИНИСТРАЦИЯ ГОРОДА ТВЕРИ", File.ReadAllText(Path.Combine(output, "tver.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_override_of_a_partial_applies_to_that_authority_only()
    {
        var signature = File.ReadAllText(Path.Combine(CliRun.Templates, "partials", "signature.sbn"))
            .Replace("<name>", "<name>ОВЕРРАЙД ", StringComparison.Ordinal);
        var folder = Path.Combine(root, "my");
        Write("my/authorities/chelyabinsk-minobr/partials/signature.sbn", signature);
        var output = Path.Combine(root, "output");

        var run = CliRun.Of("render", Path.Combine(CliRun.Roadmaps, "chelyabinsk-2020-shnor.yaml"), Path.Combine(CliRun.Roadmaps, "amur-2020-shnor.yaml"),
            "--to", "html", "-o", output, "--templates", folder);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("ОВЕРРАЙД", File.ReadAllText(Path.Combine(output, "chelyabinsk-2020-shnor.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("ОВЕРРАЙД", File.ReadAllText(Path.Combine(output, "amur-2020-shnor.html")), StringComparison.Ordinal);

        var list = CliRun.Of("templates", "list", "--authority", "chelyabinsk-minobr", "--templates", folder);
        Assert.Contains("partials/signature.sbn  ← ", list.Out, StringComparison.Ordinal);
        Assert.Contains("my/authorities/chelyabinsk-minobr/partials/signature.sbn", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_takes_the_authority_override_then_the_top_layer_then_the_shipped_one()
    {
        Write("top/partials/a.sbn", "top");
        Write("top/authorities/x/partials/b.sbn", "x in bottom? no: top override");
        Write("bottom/partials/a.sbn", "bottom");
        Write("bottom/partials/b.sbn", "bottom");
        Write("bottom/partials/c.sbn", "bottom");
        var folder = new TemplateFolder([Path.Combine(root, "top"), Path.Combine(root, "bottom")]);

        Assert.Equal("top", Read(folder.Find("partials/a.sbn", "x")));
        Assert.Equal("x in bottom? no: top override", Read(folder.Find("partials/b.sbn", "x")));
        Assert.Equal("bottom", Read(folder.Find("partials/b.sbn", "y")));
        Assert.Equal("bottom", Read(folder.Find("partials/c.sbn")));
        Assert.Null(folder.Find("partials/none.sbn"));
        Assert.Null(folder.Find("../bottom/partials/a.sbn"));
        Assert.Null(folder.Resolve("/etc/passwd"));
        Assert.Equal(["partials/a.sbn", "partials/b.sbn", "partials/c.sbn"], folder.Templates("x").Select(f => f.Name.Replace("authorities/x/", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_writes_the_shipped_set_once_and_then_asks_for_force()
    {
        var target = Path.Combine(root, "exported");

        var first = CliRun.Of("templates", "export", target);
        var again = CliRun.Of("templates", "export", target);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(File.Exists(Path.Combine(target, "order.sbn")));
        Assert.True(File.Exists(Path.Combine(target, "authorities", "default.yaml")));
        Assert.True(File.Exists(Path.Combine(target, "fonts", "LiberationSerif-Regular.ttf")));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string? Read(TemplateFile? file) => file is null ? null : File.ReadAllText(file.Path);
}
