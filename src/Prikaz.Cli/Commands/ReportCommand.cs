using System.CommandLine;
using Prikaz.Building;
using Prikaz.Execution.Progress;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Publishing;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz report ROADMAP --period 2020-q3 [--to docx,pdf,xlsx] [-o DIR]</c>: «Информация о ходе
/// реализации «дорожной карты»» for one period, from the progress file
/// <c>roadmaps/progress/&lt;roadmap&gt;/&lt;period&gt;.yaml</c>, through the same pipeline as <c>render</c>.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var roadmap = new Argument<FileInfo>("ROADMAP") { Description = "«Дорожная карта», например roadmaps/amur-2020-shnor.yaml" };
        var period = new Option<string>("--period", "-p")
        {
            Description = "Отчётный период, как в имени файла сведений: 2020-q3 (квартал), 2020-h1 (полугодие), 2020-09 (месяц), 2020 (год)",
            Required = true,
        };
        var to = new Option<string>("--to", "-t")
        {
            Description = "Форматы через запятую: docx, pdf, html, xlsx",
            DefaultValueFactory = _ => "docx,pdf,xlsx",
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Папка для отчёта; имя файла — «дорожная карта» и период: amur-2020-shnor-2020-q3.docx",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var command = new Command("report",
            "Выпустить «Информацию о ходе реализации «дорожной карты»» за отчётный период: все мероприятия со сроками,\n" +
            "ответственными и состоянием (просроченные отмечены) и сводку по ответственным («исполнено в срок, %»).\n" +
            "Сведения берутся из roadmaps/progress/<имя «дорожной карты»>/<период>.yaml.\n" +
            "Пример: prikaz report roadmaps/amur-2020-shnor.yaml --period 2020-q3 --to docx,pdf,xlsx -o output")
        {
            roadmap, period, to, output, CliOptions.Templates,
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

            var roadmapPath = parseResult.GetValue(roadmap)!.ToString();
            var periodName = parseResult.GetValue(period)!;
            if (ReportPeriod.Parse(periodName) is null)
            {
                context.Error.WriteLine($"prikaz: период «{periodName}» записывается как 2020-q3, 2020-h1, 2020-09 или 2020");
                return ExitCodes.Usage;
            }

            if (!File.Exists(roadmapPath))
            {
                context.Error.WriteLine($"prikaz: нет «дорожной карты» {roadmapPath}");
                return ExitCodes.Usage;
            }

            var progressPath = Path.Combine(ProgressFolders.FolderOf(roadmapPath), periodName + ".yaml");
            if (!File.Exists(progressPath))
            {
                var known = ProgressFolders.FilesOf(roadmapPath).Select(Path.GetFileNameWithoutExtension).ToList();
                context.Error.WriteLine($"prikaz: нет сведений о ходе исполнения за {periodName}: файла {progressPath}. " +
                                        (known.Count > 0 ? $"Есть сведения за: {string.Join(", ", known)}." : "Сведений пока нет ни за один период."));
                return ExitCodes.Usage;
            }

            var outputFolder = parseResult.GetValue(output)!.FullName;
            var pipeline = new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(formats));
            var document = pipeline.Check(progressPath, pipeline.WorkspaceAround(progressPath));
            var report = new TextReport();
            report.WriteDiagnostics(document.Report.Diagnostics, context.Error);
            if (!document.CanRender)
            {
                context.Error.WriteLine($"{OneLine.Of(progressPath)}: отчёт не выпущен — исправьте ошибки выше.");
                return ExitCodes.DocumentErrors;
            }

            var rendered = pipeline.Render(document);
            report.WriteDiagnostics(rendered.Diagnostics, context.Error);
            if (!rendered.Succeeded)
            {
                context.Error.WriteLine($"{OneLine.Of(progressPath)}: отчёт не выпущен — ошибка в шаблонах.");
                return ExitCodes.DocumentErrors;
            }

            using var folderLock = CommandInputs.LockOutput(outputFolder, context);
            if (folderLock is null)
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<PublishedFile> published;
            try
            {
                published = DocumentPipeline.Publish(pipeline.Write(rendered, formats), outputFolder);
            }
            catch (Exception exception) when (FileProblem.IsFileSystem(exception))
            {
                context.Error.WriteLine($"prikaz: отчёт не записан: {FileProblem.Explain(exception)}");
                return ExitCodes.Usage;
            }

            foreach (var file in published)
            {
                context.Out.WriteLine($"{OneLine.Of(progressPath)} → {OneLine.Of(Path.GetRelativePath(Environment.CurrentDirectory, file.Path))} ({Sizes.Format(file.Bytes)})");
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
