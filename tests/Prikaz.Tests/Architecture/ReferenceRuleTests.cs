using System.Reflection;
using System.Xml.Linq;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md: «the project references are the architecture» — a writer sees only the neutral
/// document model and its own format library, the document model depends on nothing, and the core
/// knows no writer and no command line. Checked on the project files and on the compiled assemblies.
/// </summary>
public sealed class ReferenceRuleTests
{
    public static TheoryData<string, string[]> Rules() => new()
    {
        // CRC-32 of PNG chunks, when pictures are checked before any writer embeds them.
        { "Prikaz.Documents", ["System.IO.Hashing"] },
        { "Prikaz.Writers.Docx", ["Prikaz.Documents", "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging"] },
        { "Prikaz.Writers.Pdf", ["Prikaz.Documents", "SkiaSharp", "HarfBuzzSharp"] },
        { "Prikaz.Writers.Html", ["Prikaz.Documents"] },
        { "Prikaz.Writers.Xlsx", ["Prikaz.Documents", "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging"] },
        // iCalendar is a text of its own, not a rendering of the document: the calendar is built in the core.
        // DocumentFormat.OpenXml: the DOCX reader of prikaz import (Import/Docx) lives in the core.
        { "Prikaz.Core", ["Prikaz.Documents", "YamlDotNet", "Scriban.Signed", "QRCoder", "Ical.Net", "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "System.IO.Packaging"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void An_assembly_references_only_what_its_layer_allows(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Where(reference => !IsPlatform(reference))
            .Select(reference => reference.Name!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(references.Except(allowed, StringComparer.Ordinal));
    }

    [Fact]
    public void Project_references_follow_the_pipeline()
    {
        var src = Path.Combine(GoldenFile.RepositoryRoot(), "src");
        var references = Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path => XDocument.Load(path).Descendants("ProjectReference")
                    .Select(reference => Path.GetFileNameWithoutExtension((string)reference.Attribute("Include")!.Value.Replace('\\', '/')))
                    .Order(StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);

        Assert.Empty(references["Prikaz.Documents"]);
        foreach (var writer in references.Keys.Where(name => name.StartsWith("Prikaz.Writers.", StringComparison.Ordinal)))
        {
            Assert.Equal(["Prikaz.Documents"], references[writer]);
        }

        Assert.Equal(["Prikaz.Documents"], references["Prikaz"]);
        Assert.DoesNotContain(references, pair => pair.Key != "Prikaz.Cli" && pair.Value.Contains("Prikaz.Cli"));
    }

    // The .NET shared framework itself, wherever it is installed; a package such as System.CommandLine is not.
    private static bool IsPlatform(AssemblyName reference) =>
        Path.GetDirectoryName(Assembly.Load(reference).Location) == Path.GetDirectoryName(typeof(object).Assembly.Location);
}
