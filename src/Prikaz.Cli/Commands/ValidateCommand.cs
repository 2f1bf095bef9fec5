using System.CommandLine;
using Prikaz.Pipeline;
using Prikaz.Reporting;
using Prikaz.Templating;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz validate [PATH...] [--format text|json|sarif]</c></summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Файлы YAML или папки с ними; по умолчанию roadmaps/", ArgumentArity.ZeroOrMore);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Формат отчёта: text (строки «файл:строка:столбец: error PRK004: …»), json или sarif (SARIF 2.1.0 для code scanning)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var asOf = ExecutionOptions.AsOf();

        var command = new Command("validate",
            "Проверить приказы и «дорожные карты»: синтаксис YAML, схему и смысловые правила.\n" +
            "Код выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки, 2 — ошибка запуска.\n" +
            "С --as-of ГГГГ-ММ-ДД предупреждает о мероприятиях, срок которых истёк, а исполнение не отмечено (roadmaps/progress/).\n" +
            "Пример: prikaz validate roadmaps/ --format sarif > prikaz.sarif")
        {
            paths,
            format,
            asOf,
            CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var inputs = parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["roadmaps"];
            if (CommandInputs.Roadmaps(inputs, context) is not { } files)
            {
                return ExitCodes.Usage;
            }

            if (CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            if (!ExecutionOptions.TryReadAsOf(parseResult, asOf, context, out var asOfDate))
            {
                return ExitCodes.Usage;
            }

            // validate cannot know the formats a later render asks for; it warns for every format, the PDF included.
            var writers = Writers.For(folder);
            var pipeline = new DocumentPipeline(folder, writers, coverage: writers.CoverageOf(writers.Formats), asOf: asOfDate);
            var workspace = pipeline.WorkspaceAround(files.FirstOrDefault() ?? ".");
            var results = files.Select(path => pipeline.Check(path, workspace).Report).ToList();
            var report = Reports.ByFormat(parseResult.GetValue(format)!);
            report.Write(results, context.Out);
            return results.Any(r => r.ErrorCount > 0) ? ExitCodes.DocumentErrors : ExitCodes.Success;
        });

        return command;
    }
}
