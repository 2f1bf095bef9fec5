using System.Text.Json;
using Prikaz.Building;
using Prikaz.IO;

namespace Prikaz.Tests.Build;

/// <summary>What an output folder holds, checked against its manifest: every file the manifest lists is there with its SHA-256.</summary>
internal static class OutputOnDisk
{
    /// <summary>Fails the test when the manifest names a file that is missing or differs, or when a temporary file was left.</summary>
    public static void AssertManifestTellsTheTruth(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, BuildManifest.FileName)));
        foreach (var document in manifest.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var output in document.GetProperty("outputs").EnumerateArray())
            {
                var file = Path.Combine(folder, output.GetProperty("file").GetString()!);
                Assert.True(File.Exists(file), $"the manifest lists {file}, which is not there");
                Assert.Equal(output.GetProperty("sha256").GetString(), ContentHash.Sha256(File.ReadAllBytes(file)));
            }
        }

        Assert.Empty(Directory.GetFiles(folder, ".*.tmp"));
    }

    /// <summary>The SHA-256 of every file of a folder, by name.</summary>
    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), path => ContentHash.Sha256(File.ReadAllBytes(path)), StringComparer.Ordinal);
}
