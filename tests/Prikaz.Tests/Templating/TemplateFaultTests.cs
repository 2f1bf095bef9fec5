using Prikaz.Pipeline;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Templating;

/// <summary>
/// Broken templates (<c>tests/cases/templates/*.fault</c>): each case inserts one line into a copy of
/// the repository's templates; rendering a seed must give a clear Russian diagnostic naming the
/// template's file and line (<c>*.verified.txt</c>) and no document. Runaway templates are stopped by
/// the template limits, which is asserted directly: a wall-clock bound failed on a loaded machine.
/// </summary>
public sealed class TemplateFaultTests
{
    private const string Seed = "chelyabinsk-2020-shnor";

    private static readonly string Folder = Path.Combine(GoldenFile.CasesRoot(), "templates");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.fault").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_template_gives_a_diagnostic_at_its_line(string name)
    {
        var fault = TemplateFault.Read(Path.Combine(Folder, name + ".fault"));
        var copy = Directory.CreateTempSubdirectory("prikaz-templates-").FullName;
        try
        {
            CopyFolder(Seeds.Templates, copy);
            fault.ApplyTo(copy);
            var folder = new TemplateFolder(copy);
            var rendered = Render(folder);

            Assert.Null(rendered.Document);
            var text = string.Concat(rendered.Diagnostics.Select(d => d.ToString().Replace(folder.DisplayRoot, "templates", StringComparison.Ordinal) + "\n"));
            GoldenFile.Verify(Path.Combine(Folder, name + ".verified.txt"), text);
            Assert.Contains(rendered.Diagnostics, d => d.File.EndsWith("/" + fault.Template, StringComparison.Ordinal) && d.Line == fault.ReportedLine);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    // The loop and output limits grow with the template model (TemplateContextFactory), so their cases name the limit by its words.
    [Theory]
    [InlineData("endless-loop", "цикл повторился больше")]
    [InlineData("recursive-include", "вложенность включений и вызовов больше 32")]
    [InlineData("runaway-output", "шаблоны вывели больше")]
    public void A_runaway_template_is_stopped_by_its_limit(string name, string limit)
    {
        var copy = Directory.CreateTempSubdirectory("prikaz-templates-").FullName;
        try
        {
            CopyFolder(Seeds.Templates, copy);
            TemplateFault.Read(Path.Combine(Folder, name + ".fault")).ApplyTo(copy);

            var rendered = Render(new TemplateFolder(copy));

            Assert.Null(rendered.Document);
            var stopped = Assert.Single(rendered.Diagnostics);
            Assert.Equal(TemplateCodes.Limit, stopped.Code);
            Assert.Contains(limit, stopped.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static RenderedDocument Render(TemplateFolder folder)
    {
        var pipeline = TestPipeline.For(folder);
        return pipeline.Render(pipeline.CheckFile(Seeds.PathOf(Seed)));
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
