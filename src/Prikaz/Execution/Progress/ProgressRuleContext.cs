using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Execution.Progress;

/// <summary>What every progress rule sees: the file, the period its name says, and the roadmap it reports on.</summary>
/// <param name="NamedPeriod">The period of the file's name; null when the name is not a period.</param>
/// <param name="Roadmap">The roadmap's order file; null when it was not found or did not load.</param>
internal sealed record ProgressRuleContext(ProgressFile File, string FileName, ReportPeriod? NamedPeriod, OrderFile? Roadmap)
{
    /// <summary>The period the file is about: the one its content names, when that is a period.</summary>
    public ReportPeriod? Period => ReportPeriod.Parse(File.Period);

    /// <summary>The roadmap of the order that execution control follows (see <see cref="AppendixNumbering.PrimaryRoadmap"/>).</summary>
    public Model.Roadmap? OrderRoadmap => Roadmap is null ? null : AppendixNumbering.PrimaryRoadmap(Roadmap);

    /// <summary>The printed numbers of the roadmap's items; empty without a roadmap.</summary>
    public IReadOnlySet<string> ItemNumbers { get; } = (Roadmap is null ? null : AppendixNumbering.PrimaryRoadmap(Roadmap)) is { } roadmap
        ? RoadmapNumbering.Of(roadmap).AllItems.Select(item => item.Number).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>();

    public static string EntryPointer(int index) => JsonPointer.Index("/items", index);
}
