using System.Runtime.InteropServices;

namespace Prikaz.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM turned into a cancellation instead of the process being killed: the
/// build finishes the documents in progress, writes its manifest and exits 130 or 143, as shells expect
/// of a process stopped by those signals.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public StopSignals()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, new StopSignal("Ctrl+C", 130)));
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, new StopSignal("SIGTERM", 143)));
    }

    public CancellationToken Token => source.Token;

    /// <summary>The signal that stopped the work, when one did.</summary>
    public StopSignal? Signal { get; private set; }

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        source.Dispose();
    }

    private void Stop(PosixSignalContext context, StopSignal signal)
    {
        // A second Ctrl+C while stopping is the user insisting: let the system end the process.
        if (Signal is not null)
        {
            return;
        }

        context.Cancel = true;
        Signal = signal;
        source.Cancel();
    }
}

/// <summary>A stop signal: its name for the message and the exit code it means (128 + its number).</summary>
internal sealed record StopSignal(string Name, int ExitCode);
