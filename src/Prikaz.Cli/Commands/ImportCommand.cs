using System.CommandLine;
using Prikaz.Import;
using Prikaz.IO;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz import INPUT [-o FILE.yaml] [--authority ID] [--format text|json] [--renumber]</c></summary>
internal static class ImportCommand
{
    /// <summary>Stops runaway input before it is read into memory; real orders are far smaller.</summary>
    private const long MaxInputBytes = 128L * 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "Приказ в DOCX (Word, LibreOffice) или текст/Markdown (извлечённый из PDF, из письма)" };
        var output = new Option<string?>("--output", "-o") { Description = "Файл YAML; «-» или без ключа — в стандартный вывод" };
        var authority = new Option<string?>("--authority") { Description = "Профиль органа власти (templates/authorities/<id>.yaml) вместо сопоставления по бланку" };
        var format = new Option<string>("--format") { Description = "Отчёт о проверке: text или json (в стандартный поток ошибок)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var renumber = new Option<bool>("--renumber")
        {
            Description = "Пронумеровать пункты и мероприятия заново (для текста, который ещё не подписан); по умолчанию номера подлинника закрепляются как напечатаны, с повторами и пропусками",
        };
        var command = new Command("import",
            "Импортировать готовый приказ с «дорожной картой» из DOCX или текста в YAML.\n" +
            "Отчёт (что распознано, что угадано, что проверить человеку — со строками YAML) выводится в поток ошибок.\n" +
            "Пример: prikaz import приказ.docx -o roadmaps/nyazepetrovsk-2025.yaml")
        {
            input, output, authority, format, renumber, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            if (CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            var file = parseResult.GetValue(input)!;
            if (!file.Exists)
            {
                context.Error.WriteLine($"prikaz: нет файла {file}");
                return ExitCodes.Usage;
            }

            if (file.Length > MaxInputBytes)
            {
                context.Error.WriteLine($"prikaz: {file}: файл больше {MaxInputBytes / 1024 / 1024} МБ — это не похоже на приказ");
                return ExitCodes.Usage;
            }

            var target = parseResult.GetValue(output);
            var toStdout = target is null or "-";
            ImportResult result;
            try
            {
                var options = new ImportOptions { Authority = parseResult.GetValue(authority), Renumber = parseResult.GetValue(renumber) };
                result = new OrderImporter(folder).Import(File.ReadAllBytes(file.FullName), file.ToString(), options);
            }
            catch (ImportException problem)
            {
                context.Error.WriteLine($"prikaz: {problem.Message}");
                return problem.IsUsageProblem ? ExitCodes.Usage : ExitCodes.DocumentErrors;
            }

            var shown = toStdout ? "(стандартный вывод)" : target!;
            try
            {
                if (toStdout)
                {
                    context.Out.Write(result.Yaml);
                }
                else
                {
                    AtomicFile.WriteAllText(Path.GetFullPath(target!), result.Yaml);
                }

                if (result.NewProfile is { } profile)
                {
                    var profilePath = NewProfilePath(parseResult.GetValue(CliOptions.Templates), profile.Id, toStdout ? null : Path.GetFullPath(target!));
                    AtomicFile.WriteAllText(profilePath, profile.Yaml);
                    context.Error.WriteLine($"Новый профиль органа власти записан: {Path.GetRelativePath(Environment.CurrentDirectory, profilePath)} — проверьте бланк, место издания и подписанта");
                }
            }
            catch (Exception problem) when (FileProblem.IsFileSystem(problem))
            {
                context.Error.WriteLine($"prikaz: не удалось записать {shown}: {FileProblem.Explain(problem)}");
                return ExitCodes.Usage;
            }

            if (parseResult.GetValue(format) == "json")
            {
                ImportReport.WriteJson(result, file.ToString(), shown, context.Error);
            }
            else
            {
                ImportReport.WriteText(result, file.ToString(), shown, context.Error);
            }

            return result.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) ? ExitCodes.DocumentErrors : ExitCodes.Success;
        });

        return command;
    }

    /// <summary>
    /// Where a new authority profile goes: into the user's templates folder (<c>--templates DIR</c>, else
    /// <c>./templates</c>), so the imported YAML validates at once; beside the YAML when a profile of
    /// that name is already there, which is never overwritten.
    /// </summary>
    private static string NewProfilePath(DirectoryInfo? templates, string id, string? yamlPath)
    {
        var own = Path.Combine(templates?.FullName ?? Path.GetFullPath("templates"), "authorities", id + ".yaml");
        return !File.Exists(own) ? own
            : Path.Combine(Path.GetDirectoryName(yamlPath) ?? Environment.CurrentDirectory, id + ".profile.yaml");
    }
}
