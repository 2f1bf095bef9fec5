using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>Loads the order files the amendment tests compare, failing the test on any load error.</summary>
internal static class Editions
{
    public static readonly string Cases = Path.Combine(GoldenFile.CasesRoot(), "diff");

    public static OrderFile Load(string path)
    {
        var loaded = DocumentLoader.Load(path);
        Assert.True(loaded.Value is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }

    public static OrderFile Parse(string yaml, string name = "edition.yaml")
    {
        var loaded = DocumentLoader.Parse(yaml, name);
        Assert.True(loaded.Value is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }

    public static OrderFile Case(string folder, string file) => Load(Path.Combine(Cases, folder, file));

    public static OrderFile Seed(string name) => Load(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", name));
}
