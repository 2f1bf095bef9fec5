using System.CommandLine;
using Prikaz.Amendments;
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
        var format = new Option<string>("--format", "-f")
        {
            Description = "Формат: text (по умолчанию), markdown (для сводки pull request) или json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ChangeReports.Formats]);
        var exitCode = new Option<bool>("--exit-code") { Description = $"Код выхода {ChangesFound}, если изменения есть (как git diff --exit-code)" };

        var command = new Command("diff",
            "Изменения между двумя редакциями приказа с «дорожной картой» — в нумерации подписанной редакции:\n" +
            "какие мероприятия, пункты и графы изменены, исключены, изложены в новой редакции или добавлены.\n" +
            $"Код выхода: 0 — сравнено, 1 — в файле ошибки или нарушена подписанная нумерация, 2 — ошибка запуска, {ChangesFound} — есть изменения (с --exit-code).\n" +
            "Примеры: prikaz diff old.yaml new.yaml\n" +
            "         prikaz diff roadmaps/chelyabinsk-2020-shnor.yaml --from HEAD~1 --format markdown")
        {
            paths, from, to, format, exitCode,
        };

        command.SetAction(parseResult =>
        {
            var files = parseResult.GetValue(paths)!;
            var fromRevision = parseResult.GetValue(from);
            var toRevision = parseResult.GetValue(to);
            if (Usage(files, fromRevision, toRevision) is { } usage)
            {
                context.Error.WriteLine($"prikaz: {usage}");
                context.Error.WriteLine("Справка: prikaz diff --help");
                return ExitCodes.Usage;
            }

            LoadedDocument old, @new;
            try
            {
                old = fromRevision is null ? DocumentLoader.Load(files[0]) : GitRevisions.Load(files[0], fromRevision);
                @new = toRevision is not null ? GitRevisions.Load(files[0], toRevision) : DocumentLoader.Load(files[^1]);
            }
            catch (GitRevisionException e)
            {
                context.Error.WriteLine($"prikaz: {e.Message}");
                return ExitCodes.Usage;
            }

            var outcome = ChangeDiff.Between(old, @new);
            if (outcome.Diff is not { } diff)
            {
                new TextReport().WriteDiagnostics(outcome.Errors, context.Error);
                context.Error.WriteLine("prikaz: редакции не сравнены: исправьте ошибки в файлах");
                return ExitCodes.DocumentErrors;
            }

            ChangeReports.ByFormat(parseResult.GetValue(format)!).Write(diff, context.Out);
            new TextReport().WriteDiagnostics(diff.Diagnostics, context.Error);
            if (diff.Diagnostics.Count > 0)
            {
                return ExitCodes.DocumentErrors;
            }

            return parseResult.GetValue(exitCode) && !diff.Comparison.Changes.IsEmpty ? ChangesFound : ExitCodes.Success;
        });

        return command;
    }

    private static string? Usage(string[] files, string? fromRevision, string? toRevision)
    {
        if (toRevision is not null && fromRevision is null)
        {
            return "--to указывается вместе с --from";
        }

        if (fromRevision is not null && files.Length != 1)
        {
            return "с --from укажите один файл: prikaz diff ФАЙЛ --from РЕВИЗИЯ";
        }

        if (fromRevision is null && files.Length != 2)
        {
            return "укажите два файла (prikaz diff СТАРЫЙ НОВЫЙ) или один файл с --from РЕВИЗИЯ";
        }

        var mustExist = toRevision is null ? files : [];
        return mustExist.FirstOrDefault(file => !File.Exists(file)) is { } missing
            ? $"файл «{missing}» не найден"
            : null;
    }
}
