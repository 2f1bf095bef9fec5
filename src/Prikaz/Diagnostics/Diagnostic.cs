using System.Globalization;

namespace Prikaz.Diagnostics;

/// <summary>
/// One problem found in an input file, with a stable code (<c>PRK…</c>) and a Russian message.
/// <paramref name="Line"/> and <paramref name="Column"/> are 1-based; 0 when the problem has no position.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>The compiler-style line: <c>path:line:col: error PRK004: …</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Reporting.OneLine.Of(File)}:{Line}:{Column}")
            : Reporting.OneLine.Of(File);
        return $"{where}: {severity} {Code}: {Message}";
    }
}
