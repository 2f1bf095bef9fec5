namespace Prikaz.Building;

/// <summary>
/// A roadmap the previous manifest listed whose file is gone: what the build did with its documents.
/// Its entry is dropped from the new manifest unless removing a file failed.
/// </summary>
/// <param name="Entry">Its entry in the previous manifest.</param>
/// <param name="RemovedFiles">Its documents removed from the output folder, by file name.</param>
/// <param name="KeptFiles">Its documents left alone because they differ from what the build wrote (edited or replaced by hand).</param>
/// <param name="Failure">Why a file could not be read or removed, when one could not; the entry then stays in the manifest so the next build tries again.</param>
public sealed record DeletedRoadmap(ManifestEntry Entry, IReadOnlyList<string> RemovedFiles, IReadOnlyList<string> KeptFiles, string? Failure)
{
    public string Source => Entry.Source;
}
