using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;

namespace Prikaz.Execution.Progress;

/// <summary>Loads and checks progress files against the roadmap they report on.</summary>
public static class ProgressChecker
{
    /// <summary>Every progress file of the roadmap at <paramref name="roadmapPath"/>, checked against <paramref name="roadmap"/>.</summary>
    public static IReadOnlyList<CheckedProgress> CheckAll(string roadmapPath, OrderFile? roadmap) =>
        ProgressFolders.FilesOf(roadmapPath).Select(path => Check(path, roadmap)).ToList();

    /// <summary>Checks one progress file; <paramref name="roadmap"/> is null when its roadmap was not found or has errors.</summary>
    public static CheckedProgress Check(string path, OrderFile? roadmap)
    {
        var loaded = DocumentLoader.Load(path, path);
        if (loaded.Model is not ProgressFile file)
        {
            return new CheckedProgress(path, null, ReportPeriod.Parse(Path.GetFileNameWithoutExtension(path)), loaded.Diagnostics);
        }

        return Check(loaded, file, roadmap);
    }

    /// <summary>Runs the progress rules over a loaded progress file.</summary>
    public static CheckedProgress Check(LoadedDocument loaded, ProgressFile file, OrderFile? roadmap)
    {
        var name = Path.GetFileNameWithoutExtension(loaded.Path);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        diagnostics.AddRange(ProgressRules.Check(new ProgressRuleContext(file, name, ReportPeriod.Parse(name), roadmap), loaded.Map));
        return new CheckedProgress(loaded.Path, file, ReportPeriod.Parse(file.Period), diagnostics);
    }
}
