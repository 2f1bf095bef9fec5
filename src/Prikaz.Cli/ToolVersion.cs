using System.Reflection;

namespace Prikaz.Cli;

/// <summary>The tool's informational version (without the source-revision suffix).</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
