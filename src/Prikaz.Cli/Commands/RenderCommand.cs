using System.CommandLine;
using Prikaz.Building;
using Prikaz.IO;
using Prikaz.Publishing;
using Prikaz.Pipeline;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz render PATH... [--to docx,pdf,html] [-o DIR/ | -o FILE.pdf | -o -]</c></summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Файлы YAML или папки с ними; - — стандартный ввод", ArgumentArity.OneOrMore);
        var to = new Option<string?>("--to", "-t")
        {
            Description = "Форматы через запятую: docx, html, pdf, xlsx (таблицы как данные); по умолчанию docx, html и pdf, как у build; для -o ФАЙЛ — по его расширению",
        };
        Completions.Formats(to);
        var output = new Option<string>("--output", "-o")
        {
            Description = "Куда выпустить: папка (output/, со слешем в конце, существующая или без расширения; x.yaml → x.docx), " +
                          "файл (приказ.pdf — формат по расширению) или - (стандартный вывод, один формат --to)",
            DefaultValueFactory = _ => "output",
        };
        var command = new Command("render",
            "Выпустить документы: приказ с «дорожной картой» в DOCX, HTML и PDF.\n" +
            "Файл с ошибками не выпускается: выводятся сообщения проверки, код выхода 1; прежний документ остаётся.\n" +
            "Примеры: prikaz render roadmaps/chelyabinsk-2020-shnor.yaml --to docx,pdf -o output/\n" +
            "         prikaz render roadmaps/chelyabinsk-2020-shnor.yaml -o приказ.pdf\n" +
            "         prikaz render - --to pdf -o - < приказ.yaml > приказ.pdf")
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
            if (OutputTarget.Read(parseResult.GetValue(output)!, parseResult.GetValue(to), writers, context) is not { } target)
            {
                return ExitCodes.Usage;
            }

            var formats = target.Formats;
            if (CommandInputs.Roadmaps(parseResult.GetValue(paths)!, context) is not { } files)
            {
                return ExitCodes.Usage;
            }

            if (target is OutputTarget.Folder && files is [var only] && StandardInput.IsNamedBy(only))
            {
                context.Error.WriteLine("prikaz: у документа со стандартного ввода нет имени для файлов в папке: укажите файл (-o приказ.pdf) или стандартный вывод (-o - --to pdf)");
                return ExitCodes.Usage;
            }

            if (target is not OutputTarget.Folder && files.Count > 1)
            {
                context.Error.WriteLine($"prikaz: в один файл (-o {OneLine.Of(parseResult.GetValue(output)!)}) выпускается один документ, а входов {files.Count}; для нескольких укажите папку, например -o output/");
                return ExitCodes.Usage;
            }

            // Two renders into one folder would overwrite each other's sets; a single file is replaced atomically and needs no lock.
            OutputLock? folderLock = null;
            if (target is OutputTarget.Folder { Path: var outputFolder } && (folderLock = CommandInputs.LockOutput(outputFolder, context)) is null)
            {
                return ExitCodes.Usage;
            }

            using var held = folderLock;
            var pipeline = new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(formats));
            var workspace = CommandInputs.Workspace(pipeline, files);

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
            var documents = files.Select(path => CommandInputs.Check(pipeline, workspace, path, context)).ToList();
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
                    published = Publish(pipeline.Write(rendered, formats), target, context);
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

    // All formats of a document or none; a file is replaced atomically; standard output gets the bytes as they are.
    private static IReadOnlyList<PublishedFile> Publish(WrittenSet set, OutputTarget target, CliContext context)
    {
        switch (target)
        {
            case OutputTarget.Folder folder:
                return DocumentPipeline.Publish(set, folder.Path);
            case OutputTarget.File file:
                return [DocumentPipeline.PublishAs(set, file.Path)];
            default:
                var stream = context.OpenStandardOutput();
                stream.Write(set.Files[0].Bytes);
                stream.Flush();
                return [];
        }
    }
}
