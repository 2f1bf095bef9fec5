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
        var loaded = ProgressFileLoader.Load(path, path);
        var name = Path.GetFileNameWithoutExtension(path);
        var namedPeriod = ReportPeriod.Parse(name);
        if (loaded.Value is not { } file)
        {
            return new CheckedProgress(path, null, namedPeriod, loaded.Diagnostics);
        }

        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        diagnostics.AddRange(ProgressRules.Check(new ProgressRuleContext(file, name, namedPeriod, roadmap), loaded.Map));
        return new CheckedProgress(path, file, ReportPeriod.Parse(file.Period), diagnostics);
    }

    /// <summary>Checks a progress file given on its own: finds its roadmap two folders up and loads it first.</summary>
    public static CheckedProgress CheckAlone(string path)
    {
        var roadmapPath = ProgressFolders.RoadmapOf(path);
        if (!File.Exists(roadmapPath))
        {
            return new CheckedProgress(path, null, null,
                [new Diagnostic(path, 0, 0, Severity.Error, ExecutionCodes.RoadmapNotFound, $"нет «дорожной карты» {roadmapPath}, к которой относятся эти сведения")]);
        }

        return Check(path, DocumentLoader.Load(roadmapPath, roadmapPath).Model as OrderFile);
    }
}
