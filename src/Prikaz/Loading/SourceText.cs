using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>
/// Reads an input file as text the way the loader needs it: bounded in size before anything is parsed,
/// decoded as strict UTF-8 (a byte-order mark is accepted), free of control characters. Reports, never throws.
/// </summary>
internal static class SourceText
{
    /// <summary>
    /// Roadmaps are a few dozen kilobytes, a regional list of 5,000 schools about 2 MB; 16 MiB leaves room
    /// for that and keeps a hostile file cheap.
    /// </summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public static string? Read(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        if (Directory.Exists(path))
        {
            diagnostics.Add(Error(displayPath, LoadCodes.FileUnreadable, "указан каталог, а нужен файл YAML"));
            return null;
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(Error(displayPath, LoadCodes.FileNotFound, "файл не найден"));
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, displayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(Error(displayPath, LoadCodes.FileUnreadable, $"файл не удалось прочитать: {Reason(e)}"));
            return null;
        }
    }

    /// <summary>The text of <paramref name="stream"/> (a file, or standard input), bounded and decoded as <see cref="Read(string, string, List{Diagnostic})"/> does.</summary>
    public static string? Read(Stream stream, string displayPath, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            // Count the bytes actually read, not the length a file system reports: it can lie (/dev/zero,
            // /proc files, a pipe). The length is only a hint for the first allocation.
            using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, MaxBytes) : 0);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (memory.Length + read > MaxBytes)
                {
                    diagnostics.Add(TooLarge(displayPath));
                    return null;
                }

                memory.Write(chunk, 0, read);
            }

            bytes = memory.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Error(displayPath, LoadCodes.FileUnreadable, $"файл не удалось прочитать: {Reason(e)}"));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>Decodes strict UTF-8; on the first invalid byte reports its offset and line:column.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(TooLarge(displayPath));
            return null;
        }

        var bomLength = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var source = bytes[bomLength..];
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var decoded = new string(chars, 0, charsWritten);
            var position = PositionAt(decoded, decoded.Length);
            var offset = bomLength + bytesRead;
            diagnostics.Add(new Diagnostic(displayPath, position.Line, position.Column, Severity.Error, LoadCodes.InvalidUtf8, string.Create(
                CultureInfo.InvariantCulture,
                $"файл не в кодировке UTF-8: недопустимый байт 0x{bytes[offset]:X2} (смещение {offset}); сохраните файл в UTF-8")));
            return null;
        }

        return Check(new string(chars, 0, charsWritten), displayPath, diagnostics);
    }

    /// <summary>Accepts text already in memory: strips a byte-order mark, checks size and characters.</summary>
    public static string? Check(string text, string displayPath, List<Diagnostic> diagnostics)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            diagnostics.Add(TooLarge(displayPath));
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                var position = PositionAt(text, i);
                diagnostics.Add(new Diagnostic(displayPath, position.Line, position.Column, Severity.Error, LoadCodes.ControlCharacter, string.Create(
                    CultureInfo.InvariantCulture,
                    $"недопустимый символ U+{(int)text[i]:X4}; похоже, файл двоичный или повреждён")));
                return null;
            }
        }

        return text;
    }

    /// <summary>The 1-based line and column of <paramref name="index"/>; CR LF and a lone CR end a line, as in YAML.</summary>
    public static SourcePosition PositionAt(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(line, index - lineStart + 1);
    }

    /// <summary>YAML 1.2 5.1: C0 controls other than tab and line breaks, DEL, C1 other than NEL, non-characters.</summary>
    public static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r')
        || c == '\u007F'
        || (c is >= '\u0080' and <= '\u009F' && c != '\u0085')
        || c is '\uFFFE' or '\uFFFF';

    private static Diagnostic TooLarge(string displayPath) => Error(
        displayPath,
        LoadCodes.FileTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"файл больше {MaxBytes / (1024 * 1024)} МиБ; файл приказа не бывает таким большим"));

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "нет доступа",
        FileNotFoundException or DirectoryNotFoundException => "файл не найден",
        _ => "ошибка ввода-вывода",
    };

    private static Diagnostic Error(string file, string code, string message) => new(file, 0, 0, Severity.Error, code, message);
}
