using Prikaz.Import;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Import;

/// <summary>The four seed texts (PDF text extraction, Markdown) and the hand transcriptions they belong to.</summary>
internal static class SeedTexts
{
    public static readonly IReadOnlyDictionary<string, string> Transcription = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["000_42db557b9b6610d3"] = "chelyabinsk-2020-shnor",
        ["001_ad1a56e5255345f2"] = "nyazepetrovsk-2024-shnor",
        ["003_c2b86f8a95131398"] = "amur-2020-shnor",
        ["004_635c6d7412e612a0"] = "molchanovo-2020-shnor",
    };

    /// <summary>The seed texts, copied byte for byte from the shared seeds into <c>tests/cases/import/seeds</c>.</summary>
    public static string PathOf(string seed) => Path.Combine(GoldenFile.CasesRoot(), "import", "seeds", seed + ".txt");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var seed in Transcription.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(seed);
        }

        return data;
    }

    public static ImportResult Import(string seed) =>
        new OrderImporter(new Prikaz.Templating.TemplateFolder(Render.Seeds.Templates)).Import(File.ReadAllBytes(PathOf(seed)), seed + ".txt", new ImportOptions());
}
