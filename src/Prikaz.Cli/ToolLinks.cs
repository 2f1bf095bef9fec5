using System.Reflection;
using Prikaz.Reporting;

namespace Prikaz.Cli;

/// <summary>
/// Where the tool's documentation is, for SARIF's <c>informationUri</c> and each rule's <c>helpUri</c>:
/// the project's page when the build names one (<c>-p:PrikazProjectUrl=…</c>, also the package's project
/// URL), else the README shipped beside the tool, which is the documentation a user of this copy has.
/// </summary>
internal static class ToolLinks
{
    public static SarifReport.Links Current { get; } = new(InformationUri());

    private static Uri InformationUri() =>
        typeof(ToolLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "PrikazProjectUrl" && !string.IsNullOrWhiteSpace(attribute.Value)) is { Value: { } url }
            ? new Uri(url)
            : new Uri(Path.Combine(AppContext.BaseDirectory, "README.md"));
}
