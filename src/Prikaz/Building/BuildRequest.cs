namespace Prikaz.Building;

/// <summary>What <c>prikaz build</c> was asked to do.</summary>
/// <param name="Files">The roadmap files, as the user's paths expanded them (they name the files in diagnostics).</param>
/// <param name="SourceRoot">The folder manifest paths are relative to (see <see cref="SourceRoots"/>).</param>
/// <param name="OutputFolder">Where documents and <c>manifest.json</c> go.</param>
/// <param name="Formats">The formats to write, each with a registered writer.</param>
/// <param name="Jobs">How many roadmaps are checked and rendered at once.</param>
/// <param name="Force">Render every valid roadmap even when its outputs are up to date.</param>
public sealed record BuildRequest(
    IReadOnlyList<string> Files,
    string SourceRoot,
    string OutputFolder,
    IReadOnlyList<string> Formats,
    int Jobs,
    bool Force,
    Shard Shard);
