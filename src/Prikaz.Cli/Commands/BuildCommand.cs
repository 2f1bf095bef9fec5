using System.CommandLine;
using System.Diagnostics;
using Prikaz.Building;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Publishing;
using Prikaz.Reporting;
using Prikaz.Templating;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz build [DIR | --roadmaps DIR] [-o DIR] [--to FORMATS] [--jobs N] [--force] [--shard I/N]</c>:
/// every document of the repository, checked first, rendered in parallel, incrementally, into a
/// folder described by <c>manifest.json</c>.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var roadmaps = new Option<DirectoryInfo>("--roadmaps", "-r")
        {
            Description = "Папка с «дорожными картами» (*.yaml, включая вложенные папки)",
            DefaultValueFactory = _ => new DirectoryInfo("roadmaps"),
        };
        // «prikaz build roadmaps» is what people type first, as for validate and render.
        var folderArgument = new Argument<DirectoryInfo?>("DIR")
        {
            Description = "Папка с «дорожными картами», как --roadmaps",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Папка для документов и manifest.json",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var to = new Option<string?>("--to", "-t")
        {
            Description = "Форматы через запятую: docx, html, pdf, xlsx (таблицы как данные); по умолчанию docx, html и pdf, как у render",
        };
        Completions.Formats(to);
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Сколько документов обрабатывать одновременно; по умолчанию — число процессоров",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var force = new Option<bool>("--force") { Description = "Выпустить все документы заново, даже не изменившиеся" };
        var shard = new Option<string?>("--shard")
        {
            Description = "Часть сборки I/N для матрицы CI (например 2/4); каждой части — своя папка вывода",
        };
        var command = new Command("build",
            "Собрать все документы: проверить все «дорожные карты», затем выпустить изменившиеся параллельно.\n" +
            "Документ выпускается заново, только если изменились его YAML, шаблоны, профиль органа власти, шрифты,\n" +
            "версия программы или набор форматов (сведения — в manifest.json). Файл с ошибками не мешает\n" +
            "остальным, его прежние документы остаются; код выхода тогда 1. Документы удалённых «дорожных карт»\n" +
            "удаляются из папки вывода, кроме изменённых вручную. С --fail-on-warnings код выхода 1 и при одних предупреждениях.\n" +
            "Пример: prikaz build roadmaps -o output --to docx,html")
        {
            folderArgument, roadmaps, output, to, jobs, force, shard, CliOptions.FailOnWarnings, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            if (CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            var writers = Writers.For(folder);
            if (CommandInputs.Formats(parseResult.GetValue(to), writers, context) is not { } formats)
            {
                return ExitCodes.Usage;
            }

            var part = Shard.All;
            if (parseResult.GetValue(shard) is { } shardText && !Shard.TryParse(shardText, out part))
            {
                context.Error.WriteLine($"prikaz: часть сборки «{shardText}» должна иметь вид I/N, где 1 ≤ I ≤ N, например --shard 1/2");
                return ExitCodes.Usage;
            }

            var jobCount = parseResult.GetValue(jobs);
            if (jobCount < 1)
            {
                context.Error.WriteLine("prikaz: --jobs должно быть не меньше 1");
                return ExitCodes.Usage;
            }

            var roadmapsFolder = parseResult.GetValue(folderArgument) ?? parseResult.GetValue(roadmaps)!;
            if (CommandInputs.Roadmaps([roadmapsFolder.ToString()], context) is not { } files)
            {
                return ExitCodes.Usage;
            }

            var outputValue = parseResult.GetValue(output)!;
            if (!OutputTarget.IsFolder(outputValue.ToString()))
            {
                context.Error.WriteLine($"prikaz: build пишет в папку документы и manifest.json, а «{OneLine.Of(outputValue.ToString())}» — имя файла; " +
                                        $"укажите папку (-o output/); один документ в один файл выпускает render: prikaz render x.yaml -o {OneLine.Of(outputValue.ToString())}");
                return ExitCodes.Usage;
            }

            var outputFolder = outputValue.FullName;
            using var folderLock = CommandInputs.LockOutput(outputFolder, context);
            if (folderLock is null)
            {
                return ExitCodes.Usage;
            }

            var stopwatch = Stopwatch.StartNew();
            var request = new BuildRequest(files, SourceRoots.Find(roadmapsFolder.FullName), outputFolder,
                formats, jobCount, parseResult.GetValue(force), part);
            var build = new DocumentBuild(new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(writers.Formats)), ToolVersion.Current);
            var plan = build.Plan(request);
            if (OutputNames.Clash(plan.Documents.Select(document => document.Document)) is { } clash)
            {
                context.Error.WriteLine($"prikaz: {clash}");
                return ExitCodes.Usage;
            }

            new TextReport().Write(plan.Reports, context.Error);

            using var stop = new StopSignals();
            IBuildDisplay display = LiveBuildProgress.Fits(context) ? new LiveBuildProgress() : new PlainBuildLog(context);
            var result = display.Run(build, plan, stop.Token);
            foreach (var document in result.Documents.Where(d => d.Entry.Status == BuildStatus.Failed))
            {
                ReportFailure(context, document);
            }

            foreach (var deleted in result.Deleted)
            {
                ReportLeftovers(context, deleted, request.OutputFolder);
            }

            BuildSummary.Write(result, stopwatch.Elapsed, context.Out);
            if (result.ManifestFailure is { } manifestFailure)
            {
                context.Error.WriteLine($"prikaz: manifest.json не записан: {manifestFailure}. Прежний manifest.json остался; следующая сборка проверит документы заново.");
            }

            if (stop.Signal is { } signal)
            {
                context.Error.WriteLine($"prikaz: сборка прервана ({signal.Name}): не обработано документов: {result.NotReached}; выпущенные записаны целиком, manifest.json описывает папку вывода.");
                return signal.ExitCode;
            }

            // A disk that is full or read-only is the environment's problem, not the documents'.
            var warnings = plan.Reports.Sum(report => report.WarningCount) +
                           result.Documents.Sum(document => document.RenderDiagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning));
            return result.WriteFailures > 0 || result.ManifestFailure is not null ? ExitCodes.Usage
                : result.Failed > 0 ? ExitCodes.DocumentErrors
                : CliOptions.WarningsFail(parseResult, warnings, context) ? ExitCodes.DocumentErrors
                : ExitCodes.Success;
        });

        return command;
    }

    // What the build would not remove needs a person: files edited by hand, or a file it could not delete.
    private static void ReportLeftovers(CliContext context, DeletedRoadmap deleted, string outputFolder)
    {
        if (deleted.KeptFiles.Count > 0)
        {
            var files = string.Join(", ", deleted.KeptFiles);
            var message = deleted.KeptFiles.Count == 1
                ? $"{files} в {outputFolder} изменён вручную и оставлен; удалите его сами, если он не нужен"
                : $"{files} в {outputFolder} изменены вручную и оставлены; удалите их сами, если они не нужны";
            context.Error.WriteLine($"{deleted.Source} удалён, но {message}.");
        }

        if (deleted.Failure is { } failure)
        {
            context.Error.WriteLine($"{deleted.Source} удалён, но его документ удалить не удалось ({failure}); следующая сборка попробует снова.");
        }
    }

    private static void ReportFailure(CliContext context, BuiltDocument document)
    {
        var path = OneLine.Of(document.Planned.Document.Path);
        new TextReport().WriteDiagnostics(document.RenderDiagnostics, context.Error);
        var kept = document.Entry.Outputs.Count > 0
            ? $" Прежние документы сохранены: {string.Join(", ", document.Entry.Outputs.Select(output => OneLine.Of(output.File)))}."
            : string.Empty;
        var reason = document.Failure is { } failure ? $"не удалось записать: {failure}"
            : document.RenderDiagnostics.Count > 0 ? "ошибка в шаблонах" + (context.Verbose ? string.Empty : " (разметку покажет --verbose)")
            : "исправьте ошибки выше";
        context.Error.WriteLine($"{path}: документ не выпущен — {reason}.{kept}");
        if (context.Verbose && document.Markup.Length > 0)
        {
            context.Error.WriteLine(document.Markup);
        }
    }
}
