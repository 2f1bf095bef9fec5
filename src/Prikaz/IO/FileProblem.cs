namespace Prikaz.IO;

/// <summary>
/// Why a file could not be written or read, in Russian, from the exception the system gave: a full
/// disk, a read-only file system, no permission, a file where a folder should be. The system's own
/// text (with the path) follows in brackets for the administrator.
/// </summary>
public static class FileProblem
{
    // errno values as .NET reports them in HResult on Linux and macOS; Windows' own codes beside them.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>True for the exceptions a file system throws, which a build reports instead of crashing.</summary>
    public static bool IsFileSystem(Exception exception) => exception is IOException or UnauthorizedAccessException;

    public static string Explain(Exception exception)
    {
        var reason = exception switch
        {
            UnauthorizedAccessException => "нет прав на запись в папку или файл",
            DirectoryNotFoundException => "папки нет или на её месте файл",
            IOException { HResult: NoSpace or WindowsDiskFull or WindowsHandleDiskFull } => "на диске нет места",
            IOException { HResult: ReadOnlyFileSystem } => "файловая система доступна только для чтения",
            _ => "ошибка ввода-вывода",
        };
        return $"{reason} ({exception.Message})";
    }
}
