using Prikaz.Reporting;

namespace Prikaz.Cli;

/// <summary>The report formats <c>validate --format</c> can name.</summary>
internal static class Reports
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <param name="sourceRoot">The repository root, which SARIF and GitHub annotations name files relative to.</param>
    public static IDiagnosticReport ByFormat(string format, string sourceRoot) => format switch
    {
        "json" => new JsonReport(),
        "sarif" => new SarifReport(ToolVersion.Current, ToolLinks.Current, sourceRoot),
        "github" => new GitHubReport(sourceRoot),
        _ => new TextReport(),
    };
}
