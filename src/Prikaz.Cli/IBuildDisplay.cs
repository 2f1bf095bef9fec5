using Prikaz.Building;

namespace Prikaz.Cli;

/// <summary>How a build shows its progress: a live bar on a terminal, one line per document elsewhere.</summary>
internal interface IBuildDisplay
{
    BuildResult Run(DocumentBuild build, BuildPlan plan, CancellationToken stop);
}
