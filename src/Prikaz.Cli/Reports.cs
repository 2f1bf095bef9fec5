using Prikaz.Reporting;

namespace Prikaz.Cli;

/// <summary>The report formats <c>--format</c> can name.</summary>
internal static class Reports
{
    public static IDiagnosticReport ByFormat(string format) => format switch
    {
        "json" => new JsonReport(),
        "sarif" => new SarifReport(ToolVersion.Current),
        _ => new TextReport(),
    };
}
