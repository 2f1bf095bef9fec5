using Prikaz.Pipeline;
using System.Diagnostics;
using System.Globalization;
using Prikaz.Templating;
using Prikaz.Tests.Render;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Templating;

/// <summary>
/// Broken templates (<c>tests/cases/templates/*.fault</c>): each case inserts one line into a copy of
/// the repository's templates; rendering a seed must give a clear Russian diagnostic naming the
/// template's file and line (<c>*.verified.txt</c>), no document, and quickly.
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
            var pipeline = TestPipeline.For(folder);
            var roadmap = pipeline.CheckFile(Seeds.PathOf(Seed));

            var clock = Stopwatch.StartNew();
            var rendered = pipeline.Render(roadmap);
            clock.Stop();

            Assert.Null(rendered.Document);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"rendering took {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            var text = string.Concat(rendered.Diagnostics.Select(d => d.ToString().Replace(folder.DisplayRoot, "templates", StringComparison.Ordinal) + "\n"));
            GoldenFile.Verify(Path.Combine(Folder, name + ".verified.txt"), text);
            Assert.Contains(rendered.Diagnostics, d => d.File.EndsWith("/" + fault.Template, StringComparison.Ordinal) && d.Line == fault.ReportedLine);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
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
