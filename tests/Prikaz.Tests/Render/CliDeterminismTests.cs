using Prikaz.Tests.Support;

namespace Prikaz.Tests.Render;

/// <summary>
/// The built <c>prikaz</c> tool, run as a user runs it, writes the same DOCX bytes whatever the
/// machine's time zone and language: nothing in the output may come from the clock or the culture.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CliDeterminismTests
{
    [Fact]
    public void Render_gives_the_same_bytes_under_another_time_zone_and_language()
    {
        var vladivostok = Render(new Dictionary<string, string> { ["TZ"] = "Asia/Vladivostok", ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = "ru_RU.UTF-8" });
        var utc = Render(new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C", ["LC_ALL"] = "C" });

        Assert.Equal(Seeds.Names.Select(seed => seed + ".docx"), vladivostok.Keys);
        Assert.All(Seeds.Names, seed => Assert.True(vladivostok[seed + ".docx"].SequenceEqual(utc[seed + ".docx"]), $"{seed}.docx differs between the two environments"));
        Assert.All(Seeds.Names, seed => Assert.Equal(Seeds.Get(seed).Docx, utc[seed + ".docx"]));
    }

    private static SortedDictionary<string, byte[]> Render(Dictionary<string, string> environment)
    {
        var output = Directory.CreateTempSubdirectory("prikaz-cli-render-").FullName;
        try
        {
            var tool = Path.Combine(AppContext.BaseDirectory, "prikaz.dll");
            ExternalTool.Run("dotnet",
                [tool, "render", .. Seeds.Names.Select(Seeds.PathOf), "--to", "docx", "-o", output, "--templates", Seeds.Templates],
                environment);
            return new SortedDictionary<string, byte[]>(
                Directory.EnumerateFiles(output).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes),
                StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
