namespace Prikaz.Amendments;

/// <summary>The formats <c>prikaz diff --format</c> can name. A new format is a new class and one line here.</summary>
public static class ChangeReports
{
    public static IReadOnlyList<IChangeReport> All { get; } = [new ChangeTextReport(), new ChangeMarkdownReport(), new ChangeJsonReport()];

    public static IReadOnlyList<string> Formats { get; } = All.Select(report => report.Format).ToList();

    public static IChangeReport ByFormat(string format) => All.First(report => report.Format == format);
}
