using System.CommandLine;

namespace Prikaz.Cli;

/// <summary>What every command action needs from the process: its streams, the clock, verbosity.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Подробный вывод, включая сведения о внутренних ошибках",
        Recursive = true,
    };

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Only <c>prikaz new</c> reads it, for the draft's default date; rendering never does.</summary>
    public TimeProvider Clock { get; } = clock;

    public bool Verbose { get; set; }
}
