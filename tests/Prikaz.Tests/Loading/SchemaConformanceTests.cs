using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Schema;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>
/// The quick conformance check may send a valid document to the full validator, but it must never
/// let through a document the full validator (NJsonSchema) finds a problem in: then the diagnostics
/// would change. Checked on every YAML file of the repository's cases, the seeds, the profiles and
/// thousands of mutations of them.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly SchemaConformance Roadmap = new(RoadmapSchema.Json);
    private static readonly SchemaConformance Profile = new(ProfileSchema.Json);
    private static readonly JsonSchema FullRoadmap = JsonSchema.FromJsonAsync(RoadmapSchema.Json).GetAwaiter().GetResult();
    private static readonly JsonSchema FullProfile = JsonSchema.FromJsonAsync(ProfileSchema.Json).GetAwaiter().GetResult();

    private static readonly string[] RoadmapFiles =
    [
        .. Directory.EnumerateFiles(GoldenFile.CasesRoot(), "*.yaml", SearchOption.AllDirectories),
        .. Directory.EnumerateFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml"),
    ];

    private static readonly string[] ProfileFiles = Directory.GetFiles(Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities"), "*.yaml");

    [Fact]
    public void The_seeds_and_the_profiles_take_the_quick_path()
    {
        Assert.All(Directory.EnumerateFiles(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps"), "*.yaml"),
            file => Assert.True(Roadmap.Surely(Read(File.ReadAllText(file))), file));
        Assert.All(ProfileFiles, file => Assert.True(Profile.Surely(Read(File.ReadAllText(file))), file));
    }

    [Fact]
    public void A_document_the_full_validator_rejects_is_never_surely_conforming()
    {
        var checkedFiles = 0;
        var rejected = 0;
        foreach (var (text, quick, full) in Texts())
        {
            var root = Read(text);
            if (root is null)
            {
                continue;
            }

            checkedFiles++;
            var errors = full.Validate(ToJToken(root));
            if (errors.Count > 0)
            {
                rejected++;
                Assert.False(quick.Surely(root), "the quick check passed a document with schema errors:\n" + text);
            }
        }

        Assert.True(checkedFiles > 2000 && rejected > 500, $"{checkedFiles} documents, {rejected} rejected");
    }

    private static IEnumerable<(string Text, SchemaConformance Quick, JsonSchema Full)> Texts()
    {
        var random = new Random(1324);
        foreach (var file in RoadmapFiles)
        {
            var text = File.ReadAllText(file);
            yield return (text, Roadmap, FullRoadmap);
            for (var i = 0; i < 40; i++)
            {
                yield return (Mutate(text, random), Roadmap, FullRoadmap);
            }
        }

        foreach (var file in ProfileFiles)
        {
            var text = File.ReadAllText(file);
            yield return (text, Profile, FullProfile);
            for (var i = 0; i < 200; i++)
            {
                yield return (Mutate(text, random), Profile, FullProfile);
            }
        }
    }

    private static System.Text.Json.Nodes.JsonNode? Read(string text) => YamlJsonReader.Read(text, "x.yaml").Root;

    /// <summary>Word-level edits that keep the YAML readable but break types, enums, patterns, dates and names.</summary>
    private static string Mutate(string text, Random random)
    {
        string[] replacements = ["", "0", "01", "1.5", "1e3", "-", "true", "null", "[]", "{}", "Landscape", "x", "2020-02-30", "2020-1-5", "Чел", "a b", "\"\"", "[1]", "~"];
        var lines = text.Split('\n');
        for (var edits = 1 + random.Next(3); edits > 0; edits--)
        {
            var at = random.Next(lines.Length);
            var line = lines[at];
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            lines[at] = random.Next(4) switch
            {
                0 when colon > 0 => line[..(colon + 2)] + replacements[random.Next(replacements.Length)],
                1 when colon > 0 => line[..colon] + "x" + line[colon..],
                2 => string.Empty,
                _ => line.Replace("- ", "- " + replacements[random.Next(replacements.Length)] + " ", StringComparison.Ordinal),
            };
        }

        return string.Join('\n', lines);
    }

    private static JToken ToJToken(System.Text.Json.Nodes.JsonNode root)
    {
        using var reader = new JsonTextReader(new StringReader(root.ToJsonString()))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = YamlJsonReader.MaxDepth + 2,
        };
        return JToken.ReadFrom(reader);
    }
}
