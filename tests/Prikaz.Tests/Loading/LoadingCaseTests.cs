using Prikaz.Loading;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>Each <c>tests/cases/loading/*.yaml</c> is loaded; its diagnostics must equal <c>*.verified.txt</c>.</summary>
public sealed class LoadingCaseTests
{
    private static readonly string Folder = Path.Combine(GoldenFile.CasesRoot(), "loading");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_verified_file(string name)
    {
        var result = DocumentLoader.Load(Path.Combine(Folder, name), name);

        var text = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        GoldenFile.Verify(Path.Combine(Folder, Path.ChangeExtension(name, ".verified.txt")), text);
        Assert.Equal(result.HasErrors, result.Value is null);
    }
}
