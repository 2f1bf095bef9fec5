using System.CommandLine;

namespace Prikaz.Cli;

/// <summary>What every command action needs from the process: its streams, the clock, verbosity.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock, Func<Stream> standardInput, Func<Stream> standardOutput)
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

    /// <summary>The same process with <paramref name="error"/> for its standard error (to keep a copy of the messages).</summary>
    public CliContext WithError(TextWriter error) => new(Out, error, Clock, standardInput, standardOutput) { Verbose = Verbose };

    /// <summary>The bytes of standard input, for the input «-» (<see cref="StandardInput"/>).</summary>
    public Stream OpenStandardInput() => standardInput();

    /// <summary>
    /// Standard output as bytes, for a document written with <c>-o -</c>; <see cref="Out"/> is flushed
    /// first so text and bytes keep their order.
    /// </summary>
    public Stream OpenStandardOutput()
    {
        Out.Flush();
        return standardOutput();
    }
}
