namespace Prikaz.Cli;

/// <summary>The exit codes scripts and CI rely on (ARCHITECTURE.md, «CLI»).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int DocumentErrors = 1;
    public const int Usage = 2;
}
