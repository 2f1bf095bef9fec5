using Prikaz.Building;
using Prikaz.Templating;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 1: links inside the templates folder must not let a template, a profile or a picture
/// read a file whose real path is outside the folder (<c>ln -s /etc templates/partials/etc</c>).
/// </summary>
public sealed class TemplateLinkTests : IDisposable
{
    private readonly HostileFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Include_through_a_folder_link_out_of_the_templates_folder_is_refused()
    {
        folder.Link(Path.Combine(folder.Templates, "partials", "etc"), folder.Secret);
        folder.Insert("partials/signature.sbn", 1, "{{ include 'partials/etc/hostname' }}");

        var rendered = folder.RenderSeed();

        Assert.Null(rendered.Document);
        Assert.DoesNotContain(HostileFolder.SecretText, rendered.Markup, StringComparison.Ordinal);
        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal(TemplateCodes.NotFound, problem.Code);
        Assert.EndsWith("partials/signature.sbn", problem.File, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Include_through_a_parent_folder_link_to_git_config_is_refused()
    {
        folder.Link(Path.Combine(folder.Templates, "partials", "repo"), Path.Combine(folder.Templates, ".."));
        folder.Insert("partials/signature.sbn", 1, "{{ include 'partials/repo/secret/config' }}");

        var rendered = folder.RenderSeed();

        Assert.Null(rendered.Document);
        Assert.DoesNotContain(HostileFolder.SecretText, rendered.Markup, StringComparison.Ordinal);
        Assert.Equal(TemplateCodes.NotFound, Assert.Single(rendered.Diagnostics).Code);
    }

    [Fact]
    public void Coat_of_arms_through_a_folder_link_is_refused_and_not_embedded()
    {
        folder.Link(Path.Combine(folder.Templates, "authorities", "e"), folder.Secret);
        var profile = Path.Combine(folder.Templates, "authorities", "chelyabinsk-minobr.yaml");
        File.AppendAllText(profile, "\ncoatOfArms: e/hostname\n");

        var rendered = folder.RenderSeed();

        Assert.Null(rendered.Document);
        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal("PRK208", problem.Code);
        Assert.Contains("за пределы папки шаблонов", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_linked_out_of_the_templates_folder_is_refused_with_its_own_code()
    {
        var profile = Path.Combine(folder.Templates, "authorities", "chelyabinsk-minobr.yaml");
        var outside = Path.Combine(folder.Secret, "chelyabinsk-minobr.yaml");
        File.Move(profile, outside);
        folder.Link(profile, outside);

        var run = CliRun.Of("validate", folder.Seed, "--templates", folder.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PRK153: профиль органа власти \"chelyabinsk-minobr\" — ссылка за пределы папки шаблонов", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_template_behind_a_folder_link_out_of_the_folder_is_not_read()
    {
        Directory.CreateDirectory(Path.Combine(folder.Secret, "partials"));
        File.WriteAllText(Path.Combine(folder.Secret, "partials", "broken.sbn"), "{{ if }}");
        folder.Link(Path.Combine(folder.Templates, "outside"), Path.Combine(folder.Secret, "partials"));

        var rendered = folder.RenderSeed();

        Assert.Empty(rendered.Diagnostics);
        Assert.NotNull(rendered.Document);
    }

    [Fact]
    public void Fingerprint_ignores_files_behind_a_folder_link_out_of_the_folder()
    {
        folder.Link(Path.Combine(folder.Templates, "authorities", "e"), folder.Secret);
        var templates = new TemplateFolder(folder.Templates);
        var before = new InputFingerprints(templates, [new Prikaz.Writers.Docx.DocxWriter()], "1.0").For([1, 2, 3], "chelyabinsk-minobr");

        File.WriteAllText(Path.Combine(folder.Secret, "hostname"), "changed\n");
        var after = new InputFingerprints(templates, [new Prikaz.Writers.Docx.DocxWriter()], "1.0").For([1, 2, 3], "chelyabinsk-minobr");

        Assert.Equal(before, after);
    }
}
