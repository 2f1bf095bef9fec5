using System.CommandLine;
using Prikaz.Amendments;
using Prikaz.Amendments.Redline;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Russian;
using Prikaz.Loading;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz diff OLD NEW</c> and <c>prikaz diff FILE --from REV [--to REV]</c>: the changes between two
/// editions in the signed numbering. Exit 0 — compared (changes or none; with <c>--exit-code</c> 3 when
/// there are changes), 1 — a file has errors or the changes break the signed numbering, 2 — usage.
/// </summary>
internal static class DiffCommand
{
    /// <summary>Exit code of <c>--exit-code</c> when the editions differ; 1 already means «errors».</summary>
    public const int ChangesFound = 3;

    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Два файла (прежняя и новая редакция) или один файл с --from", new ArgumentArity(1, 2));
        var from = new Option<string?>("--from") { Description = "Прежняя редакция — ревизия git (коммит, ветка, метка: HEAD~1, main)" };
        var to = new Option<string?>("--to") { Description = "Новая редакция — ревизия git; по умолчанию файл на диске" };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Формат: text (по умолчанию или по расширению -o), markdown (для сводки pull request), json или docx — новая редакция с изменениями в режиме исправлений Word",
        };
        format.AcceptOnlyFromAmong([.. ChangeReports.Formats, DiffOutput.Redline]);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Куда записать: файл, формат — по расширению (.txt, .md, .json, .docx), или «-» — стандартный вывод; " +
                          "по умолчанию перечень — в стандартный вывод, docx — в output/<имя>.redline.docx",
        };
        var exitCode = new Option<bool>("--exit-code") { Description = $"Код выхода {ChangesFound}, если изменения есть (как git diff --exit-code)" };

        var command = new Command("diff",
            "Изменения между двумя редакциями приказа с «дорожной картой» — в нумерации подписанной редакции:\n" +
            "какие мероприятия, пункты и графы изменены, исключены, изложены в новой редакции или добавлены.\n" +
            $"Код выхода: 0 — сравнено, 1 — в файле ошибки или нарушена подписанная нумерация, 2 — ошибка запуска, {ChangesFound} — есть изменения (с --exit-code).\n" +
            "Примеры: prikaz diff old.yaml new.yaml\n" +
            "         prikaz diff roadmaps/chelyabinsk-2020-shnor.yaml --from HEAD~1 --format markdown\n" +
            "         prikaz diff old.yaml new.yaml -o output/redline.docx")
        {
            paths, from, to, format, exitCode, output, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var files = parseResult.GetValue(paths)!;
            var fromRevision = parseResult.GetValue(from);
            var toRevision = parseResult.GetValue(to);
            if (Usage(files, fromRevision, toRevision, "diff") is { } usage)
            {
                context.Error.WriteLine($"prikaz: {usage}");
                context.Error.WriteLine("Справка: prikaz diff --help");
                return ExitCodes.Usage;
            }

            if (DiffOutput.Read(parseResult.GetValue(format), parseResult.GetValue(output), files[^1], context) is not { } target)
            {
                return ExitCodes.Usage;
            }

            if (CommandInputs.Editions(files, fromRevision, toRevision, context) is not (var old, var @new))
            {
                return ExitCodes.Usage;
            }

            var outcome = ChangeDiff.Between(old, @new);
            if (outcome.Diff is not { } diff)
            {
                new TextReport().WriteDiagnostics(outcome.Errors, context.Error);
                context.Error.WriteLine("prikaz: редакции не сравнены: исправьте ошибки в файлах");
                return ExitCodes.DocumentErrors;
            }

            var failed = target.Format == DiffOutput.Redline
                ? WriteRedline(parseResult, context, old, @new, diff, target, files[^1])
                : WriteReport(context, diff, target);
            if (failed is { } code)
            {
                return code;
            }

            new TextReport().WriteDiagnostics(diff.Diagnostics, context.Error);
            if (diff.Diagnostics.Count > 0)
            {
                return ExitCodes.DocumentErrors;
            }

            return parseResult.GetValue(exitCode) && !diff.Comparison.Changes.IsEmpty ? ChangesFound : ExitCodes.Success;
        });

        return command;
    }

    /// <summary>Writes the redline; null when it is written, otherwise the exit code after saying why not.</summary>
    private static int? WriteRedline(ParseResult parseResult, CliContext context, LoadedDocument old, LoadedDocument @new, ChangeDiff diff, DiffOutput target, string file)
    {
        if (CommandInputs.Templates(parseResult, context) is not { } templates)
        {
            return ExitCodes.Usage;
        }

        var pipeline = new DocumentPipeline(templates, Writers.For(templates));
        var redline = EditionRedline.Write(pipeline, pipeline.WorkspaceAround(file), old, @new, diff.Comparison.Changes, DiffOutput.Redline);
        if (redline.Bytes is not { } bytes)
        {
            new TextReport().WriteDiagnostics(redline.Errors, context.Error);
            context.Error.WriteLine("prikaz: редакции не выпущены: исправьте ошибки в файлах");
            return ExitCodes.DocumentErrors;
        }

        if (target.Path is not { } path)
        {
            using var stdout = context.OpenStandardOutput();
            stdout.Write(bytes);
            return null;
        }

        if (Save(context, path, bytes) is { } failed)
        {
            return failed;
        }

        var count = diff.Comparison.Changes.Changes.Count;
        context.Out.WriteLine($"Записана новая редакция с исправлениями: {OneLine.Of(Path.GetRelativePath(Environment.CurrentDirectory, path))} " +
                              $"({RussianPlural.Count(count, "изменение", "изменения", "изменений")} в режиме исправлений; принять или отклонить — в Word или LibreOffice).");
        return null;
    }

    /// <summary>Writes the change list (text, markdown, json) to standard output or its file; null when written.</summary>
    private static int? WriteReport(CliContext context, ChangeDiff diff, DiffOutput target)
    {
        var report = ChangeReports.ByFormat(target.Format);
        if (target.Path is not { } path)
        {
            report.Write(diff, context.Out);
            return null;
        }

        var text = new StringWriter { NewLine = "\n" };
        report.Write(diff, text);
        return Save(context, path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
    }

    private static int? Save(CliContext context, string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllBytes(path, bytes);
            return null;
        }
        catch (Exception exception) when (FileProblem.IsFileSystem(exception))
        {
            context.Error.WriteLine($"prikaz: файл «{OneLine.Of(path)}» не записан: {FileProblem.Explain(exception)}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Why the paths and revisions of <c>prikaz diff</c> or <c>prikaz amend</c> (<paramref name="command"/>) do not go together; null when they do.</summary>
    internal static string? Usage(string[] files, string? fromRevision, string? toRevision, string command)
    {
        if (toRevision is not null && fromRevision is null)
        {
            return "--to указывается вместе с --from";
        }

        if (fromRevision is not null && files.Length != 1)
        {
            return $"с --from укажите один файл: prikaz {command} ФАЙЛ --from РЕВИЗИЯ";
        }

        if (fromRevision is null && files.Length != 2)
        {
            return $"укажите два файла (prikaz {command} СТАРЫЙ НОВЫЙ) или один файл с --from РЕВИЗИЯ";
        }

        var mustExist = toRevision is null ? files : [];
        return mustExist.FirstOrDefault(file => !File.Exists(file)) is { } missing
            ? $"файл «{missing}» не найден"
            : null;
    }
}
