namespace Prikaz.Building;

/// <summary>
/// One build or render at a time per output folder: two at once would each write a manifest that
/// disagrees with the files the other one wrote. The lock is the file <c>.prikaz.lock</c> held open
/// exclusively (advisory on Unix, released by the system when a process dies, so a killed build never
/// blocks the next one); it is deleted when released.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".prikaz.lock";

    // What .NET reports when another process holds the file open exclusively: EWOULDBLOCK from flock
    // on Linux and macOS, ERROR_SHARING_VIOLATION on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    /// <summary>
    /// Takes the lock of <paramref name="outputFolder"/>, waiting up to <paramref name="patience"/> for
    /// another build to finish (<paramref name="waiting"/> is called once, when the wait starts); null
    /// when the folder stays busy. A folder that cannot be written at all throws, as any write would.
    /// </summary>
    public static OutputLock? Acquire(string outputFolder, TimeSpan patience, Action waiting, TimeProvider clock)
    {
        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, FileName);
        var start = clock.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException exception) when (IsHeld(exception) && clock.GetElapsedTime(start) < patience)
            {
                if (!told)
                {
                    waiting();
                    told = true;
                }

                Thread.Sleep(200);
            }
            catch (IOException exception) when (IsHeld(exception))
            {
                return null;
            }
        }
    }

    public void Dispose() => stream.Dispose();

    private static bool IsHeld(IOException exception) => exception.HResult is WouldBlock or SharingViolation;
}
