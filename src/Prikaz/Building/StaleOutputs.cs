namespace Prikaz.Building;

/// <summary>
/// Removes the documents of roadmaps that no longer exist, so the output folder (which CI publishes)
/// shows no document without a source. Only a file whose bytes are still exactly what the build wrote
/// is removed: anything else is someone's work and is kept.
/// </summary>
internal static class StaleOutputs
{
    /// <param name="orphans">Previous manifest entries whose roadmap files are gone.</param>
    /// <param name="claimed">File names the new manifest lists: a roadmap moved to another folder writes
    /// the same file names (often the same bytes), and those now belong to it.</param>
    public static IReadOnlyList<DeletedRoadmap> Remove(IEnumerable<ManifestEntry> orphans, string outputFolder, IReadOnlySet<string> claimed) =>
        [.. orphans.Select(orphan => Remove(orphan, outputFolder, claimed))];

    private static DeletedRoadmap Remove(ManifestEntry orphan, string outputFolder, IReadOnlySet<string> claimed)
    {
        var removed = new List<string>();
        var kept = new List<string>();
        // The manifest names plain file names; anything with a folder in it was not written by a build.
        foreach (var output in orphan.Outputs.Where(o => o.File == Path.GetFileName(o.File) && !claimed.Contains(o.File)))
        {
            var path = Path.Combine(outputFolder, output.File);
            try
            {
                if (!File.Exists(path))
                {
                    continue;
                }

                if (output.Describes(File.ReadAllBytes(path)))
                {
                    File.Delete(path);
                    removed.Add(output.File);
                }
                else
                {
                    kept.Add(output.File);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new DeletedRoadmap(orphan, removed, kept, $"{output.File}: {exception.Message}");
            }
        }

        return new DeletedRoadmap(orphan, removed, kept, null);
    }
}
