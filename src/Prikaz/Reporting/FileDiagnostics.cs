using Prikaz.Diagnostics;

namespace Prikaz.Reporting;

/// <summary>The diagnostics of one checked file, as reports list them.</summary>
public sealed record FileDiagnostics(string File, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
