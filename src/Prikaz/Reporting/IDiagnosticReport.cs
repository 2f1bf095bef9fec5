namespace Prikaz.Reporting;

/// <summary>Writes the result of checking files in one output format (text, json, sarif).</summary>
public interface IDiagnosticReport
{
    /// <summary>The value of <c>--format</c> that selects this report.</summary>
    string Format { get; }

    void Write(IReadOnlyList<FileDiagnostics> files, TextWriter output);
}
