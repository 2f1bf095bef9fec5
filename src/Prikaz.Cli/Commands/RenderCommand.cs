using System.CommandLine;
using Prikaz.Building;
using Prikaz.IO;
using Prikaz.Publishing;
using Prikaz.Pipeline;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz render PATH... [--to docx,pdf,html] [-o DIR]</c></summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Файлы YAML или папки с ними", ArgumentArity.OneOrMore);
        var to = new Option<string>("--to", "-t")
        {
            Description = "Форматы через запятую: docx, pdf, html",
            DefaultValueFactory = _ => "docx",
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Папка для документов; имя файла — как у YAML: x.yaml → x.docx",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var command = new Command("render",
            "Выпустить документы: приказ с «дорожной картой» в DOCX (а также PDF, HTML).\n" +
            "Файл с ошибками не выпускается: выводятся сообщения проверки, код выхода 1; прежний документ остаётся.\n" +
            "Пример: prikaz render roadmaps/chelyabinsk-2020-shnor.yaml --to docx,pdf -o output")
        {
            paths, to, output, CliOptions.Templates,
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

            if (CommandInputs.Roadmaps(parseResult.GetValue(paths)!, context) is not { } files)
            {
                return ExitCodes.Usage;
            }

            var outputFolder = parseResult.GetValue(output)!.FullName;
            using var folderLock = CommandInputs.LockOutput(outputFolder, context);
            if (folderLock is null)
            {
                return ExitCodes.Usage;
            }
            var pipeline = new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(formats));
            var workspace = pipeline.WorkspaceAround(files[0]);

            // A cold process has two cores and a lot to load: templates and what the writers need (the
            // PDF fonts and native libraries) come in on another thread while the first roadmap is read
            // and checked.
            var preload = Task.Run(() =>
            {
                try
                {
                    pipeline.Preload();
                    foreach (var format in formats)
                    {
                        writers.Get(format).Preload();
                    }
                }
                catch (Exception)
                {
                    // Whatever failed here fails again, and is reported as before, when the document is written.
                }
            });
            var documents = files.Select(path => pipeline.Check(path, workspace)).ToList();
            if (OutputNames.Clash(documents) is { } clash)
            {
                context.Error.WriteLine($"prikaz: {clash}");
                return ExitCodes.Usage;
            }

            var failed = false;
            var writeFailed = false;
            var report = new TextReport();
            foreach (var document in documents)
            {
                var path = document.Path;
                report.WriteDiagnostics(document.Report.Diagnostics, context.Error);
                if (!document.CanRender)
                {
                    context.Error.WriteLine($"{path}: документ не выпущен — исправьте ошибки выше.");
                    failed = true;
                    continue;
                }

                preload.Wait();
                var rendered = pipeline.Render(document);
                report.WriteDiagnostics(rendered.Diagnostics, context.Error);
                if (!rendered.Succeeded)
                {
                    context.Error.WriteLine($"{path}: документ не выпущен — ошибка в шаблонах." +
                                            (context.Verbose ? string.Empty : " Разметку, которую дали шаблоны, покажет --verbose."));
                    if (context.Verbose)
                    {
                        context.Error.WriteLine(rendered.Markup);
                    }

                    failed = true;
                    continue;
                }

                IReadOnlyList<PublishedFile> published;
                try
                {
                    published = DocumentPipeline.Publish(pipeline.Write(rendered, formats), outputFolder);
                }
                catch (Exception exception) when (FileProblem.IsFileSystem(exception))
                {
                    // All formats or none: the previous documents are as they were.
                    context.Error.WriteLine($"{OneLine.Of(path)}: документ не выпущен — не удалось записать: {FileProblem.Explain(exception)}. Прежние документы не тронуты.");
                    writeFailed = true;
                    continue;
                }

                foreach (var file in published)
                {
                    context.Out.WriteLine($"{OneLine.Of(path)} → {OneLine.Of(Path.GetRelativePath(Environment.CurrentDirectory, file.Path))} ({Sizes.Format(file.Bytes)})");
                }
            }

            return writeFailed ? ExitCodes.Usage : failed ? ExitCodes.DocumentErrors : ExitCodes.Success;
        });

        return command;
    }
}
