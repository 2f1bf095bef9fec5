using System.ComponentModel;
using System.Diagnostics;
using Prikaz.Loading;

namespace Prikaz.Amendments;

/// <summary>
/// Reads a file as it was in a git revision with the user's own <c>git</c> (<c>git show REV:./name</c>,
/// run in the file's folder, so the user's repository, configuration and credentials apply). Every
/// failure is a <see cref="GitRevisionException"/> with a Russian message: no git, no repository, no
/// such revision, no such file in it.
/// </summary>
public static class GitRevisions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>The bytes of <paramref name="path"/> at <paramref name="revision"/>.</summary>
    public static byte[] Show(string path, string revision)
    {
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            throw new GitRevisionException($"ревизия «{revision}» задана неверно: укажите коммит, ветку или метку (например, HEAD~1 или main)");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new GitRevisionException($"папка «{Path.GetDirectoryName(path)}» не найдена");
        }

        if (Run(folder, ["rev-parse", "--is-inside-work-tree"]).ExitCode != 0)
        {
            throw new GitRevisionException($"папка «{Display(Path.GetDirectoryName(path))}» не в репозитории git; сравните два файла: prikaz diff СТАРЫЙ НОВЫЙ");
        }

        if (Run(folder, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"]).ExitCode != 0)
        {
            throw new GitRevisionException($"в репозитории нет ревизии «{revision}»");
        }

        var spec = $"{revision}:./{Path.GetFileName(full)}";
        if (Run(folder, ["cat-file", "-e", spec]).ExitCode != 0)
        {
            throw new GitRevisionException($"в ревизии «{revision}» нет файла «{path}»");
        }

        var shown = Run(folder, ["show", spec]);
        if (shown.ExitCode != 0)
        {
            throw new GitRevisionException($"git не смог выдать «{spec}»: {shown.Error.Trim()}");
        }

        return shown.Output;
    }

    /// <summary>Loads <paramref name="path"/> at <paramref name="revision"/>; diagnostics name it «REV:path».</summary>
    public static LoadedDocument Load(string path, string revision)
    {
        var display = $"{revision}:{path}";
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var text = SourceText.Decode(Show(path, revision), display, diagnostics);
        return text is null ? new LoadedDocument(display, null, null, diagnostics, new SourceMap(display)) : DocumentLoader.Parse(text, display);
    }

    private static string Display(string? folder) => string.IsNullOrEmpty(folder) ? "." : folder;

    private sealed record Result(int ExitCode, byte[] Output, string Error);

    private static Result Run(string folder, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitRevisionException("не удалось запустить git");
        }
        catch (Win32Exception)
        {
            throw new GitRevisionException("не найдена программа git: установите git или сравните два файла: prikaz diff СТАРЫЙ НОВЫЙ");
        }

        using (process)
        {
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            // A file past the loader's limit is read only that far: the loader then says it is too large.
            var copy = Task.Run(() => ReadAtMost(process.StandardOutput.BaseStream, SourceText.MaxBytes + 1));
            if (!copy.Wait(Timeout) || (copy.Result.Length > SourceText.MaxBytes ? !Stop(process) : !process.WaitForExit(Timeout)))
            {
                Stop(process);
                throw new GitRevisionException($"git не ответил за {Timeout.TotalSeconds:0} с");
            }

            return new Result(copy.Result.Length > SourceText.MaxBytes ? 0 : process.ExitCode, copy.Result, error.Wait(Timeout) ? error.Result : string.Empty);
        }
    }

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = stream.Read(buffer, total, limit - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private static bool Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return process.WaitForExit(Timeout);
    }
}
