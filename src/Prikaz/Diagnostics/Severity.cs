namespace Prikaz.Diagnostics;

/// <summary>How serious a diagnostic is. Errors make <c>validate</c> exit 1 and block rendering.</summary>
public enum Severity
{
    Error,
    Warning,
}
