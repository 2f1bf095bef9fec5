using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Prikaz.Preview;

/// <summary>
/// The text of a file as it was in a git revision, from the user's own <c>git</c> run in the file's
/// folder (<c>git show REV:./name</c>). Failures are <see cref="PreviewStartException"/>s in Russian.
/// </summary>
internal static class GitEdition
{
    private const int TimeoutSeconds = 30;

    public static string Show(string path, string revision)
    {
        // A revision is passed as one argument, but one starting with «-» would still read as an option.
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            throw new PreviewStartException($"ревизия «{revision}» задана неверно: укажите коммит, ветку или метку (например, HEAD~1 или main)");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (Git(folder, "rev-parse", "--is-inside-work-tree").Code != 0)
        {
            throw new PreviewStartException($"папка файла «{path}» не в репозитории git — сравнивать не с чем");
        }

        if (Git(folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code != 0)
        {
            throw new PreviewStartException($"в репозитории нет ревизии «{revision}»");
        }

        var shown = Git(folder, "show", $"{revision}:./{Path.GetFileName(full)}");
        return shown.Code == 0
            ? shown.Output
            : throw new PreviewStartException($"в ревизии «{revision}» нет файла «{path}»");
    }

    private static (int Code, string Output) Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start) ?? throw new PreviewStartException("не удалось запустить git");
            var output = git.StandardOutput.ReadToEndAsync();
            var error = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(TimeSpan.FromSeconds(TimeoutSeconds)))
            {
                git.Kill(entireProcessTree: true);
                throw new PreviewStartException($"git не ответил за {TimeoutSeconds} с");
            }

            Task.WaitAll(output, error);
            return (git.ExitCode, output.Result);
        }
        catch (Win32Exception exception)
        {
            throw new PreviewStartException("не найдена программа git: установите её, чтобы сравнивать с ревизией", exception);
        }
    }
}
