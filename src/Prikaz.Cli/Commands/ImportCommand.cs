using System.CommandLine;
using Prikaz.Import;
using Prikaz.IO;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz import INPUT [-o FILE.yaml] [--authority ID] [--format text|json] [--keep-numbering]</c></summary>
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
        var keepNumbering = new Option<bool>("--keep-numbering")
        {
            Description = "Закрепить номера подлинника и там, где в нём повторы и пропуски (проверка сообщит о них как об ошибках)",
        };
        var command = new Command("import",
            "Импортировать готовый приказ с «дорожной картой» из DOCX или текста в YAML.\n" +
            "Отчёт (что распознано, что угадано, что проверить человеку — со строками YAML) выводится в поток ошибок.\n" +
            "Пример: prikaz import приказ.docx -o roadmaps/nyazepetrovsk-2025.yaml")
        {
            input, output, authority, format, keepNumbering, CliOptions.Templates,
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
                var options = new ImportOptions { Authority = parseResult.GetValue(authority), KeepNumbering = parseResult.GetValue(keepNumbering) };
                result = new OrderImporter(folder).Import(File.ReadAllBytes(file.FullName), file.ToString(), options);
            }
            catch (ImportException problem)
            {
                context.Error.WriteLine($"prikaz: {problem.Message}");
                return problem.IsUsageProblem ? ExitCodes.Usage : ExitCodes.DocumentErrors;
            }

            var shown = toStdout ? "(стандартный вывод)" : target!;
            if (toStdout)
            {
                context.Out.Write(result.Yaml);
            }
            else
            {
                var path = Path.GetFullPath(target!);
                try
                {
                    AtomicFile.WriteAllText(path, result.Yaml);
                    if (result.NewProfile is { } profile)
                    {
                        var profilePath = Path.Combine(Path.GetDirectoryName(path)!, profile.Id + ".profile.yaml");
                        AtomicFile.WriteAllText(profilePath, profile.Yaml);
                        context.Error.WriteLine($"Новый профиль органа власти записан: {Path.GetRelativePath(Environment.CurrentDirectory, profilePath)}");
                    }
                }
                catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine($"prikaz: не удалось записать {target}: {problem.Message}");
                    return ExitCodes.Usage;
                }
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
}
