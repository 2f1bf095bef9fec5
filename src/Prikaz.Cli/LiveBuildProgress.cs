using Prikaz.Building;
using Spectre.Console;

namespace Prikaz.Cli;

/// <summary>A live progress bar with counts, for a person watching a terminal.</summary>
internal sealed class LiveBuildProgress : IBuildDisplay
{
    private readonly Lock gate = new();
    private int rendered;
    private int upToDate;
    private int failed;
    private int removed;

    /// <summary>True on an interactive terminal: the program's own console, not redirected, not under CI.</summary>
    public static bool Fits(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) &&
        !Console.IsOutputRedirected &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public BuildResult Run(DocumentBuild build, BuildPlan plan, CancellationToken stop) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Counts(), maxValue: Math.Max(1, plan.Documents.Count));
                var result = build.Execute(plan, document =>
                {
                    lock (gate)
                    {
                        switch (document.Entry.Status)
                        {
                            case BuildStatus.Rendered: rendered++; break;
                            case BuildStatus.UpToDate: upToDate++; break;
                            default: failed++; break;
                        }

                        task.Description = Counts();
                        task.Increment(1);
                    }
                }, stop);
                removed = result.Removed;
                task.Description = Counts();
                task.Value = task.MaxValue;
                return result;
            });

    private string Counts() => Markup.Escape(
        $"выпущено {rendered}, без изменений {upToDate}, с ошибками {failed}" + (removed > 0 ? $", удалено устаревших {removed}" : string.Empty));
}
