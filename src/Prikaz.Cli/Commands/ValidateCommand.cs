using System.CommandLine;
using Prikaz.Building;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz validate [PATH...] [--format text|json|sarif|github] [--fail-on-warnings]</c></summary>
internal static class ValidateCommand
{
    private const string Name = "validate";

    private static readonly Option<string> FormatOption = CreateFormat();

    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Файлы YAML или папки с ними; - — стандартный ввод; по умолчанию roadmaps/", ArgumentArity.ZeroOrMore);
        var asOf = ExecutionOptions.AsOf();

        var command = new Command(Name,
            "Проверить приказы и «дорожные карты»: синтаксис YAML, схему и смысловые правила.\n" +
            "Код выхода: 0 — ошибок нет (предупреждения допустимы, кроме --fail-on-warnings), 1 — есть ошибки, 2 — ошибка запуска.\n" +
            "С --as-of ГГГГ-ММ-ДД предупреждает о мероприятиях, срок которых истёк, а исполнение не отмечено (roadmaps/progress/).\n" +
            "Отчёт SARIF пишется и при ошибке запуска (с её описанием), чтобы загрузка в code scanning не сломалась.\n" +
            "Примеры: prikaz validate roadmaps/ --format sarif > prikaz.sarif\n" +
            "         prikaz validate roadmaps/ --format github --fail-on-warnings   (аннотации в GitHub Actions)")
        {
            paths,
            FormatOption,
            CliOptions.FailOnWarnings,
            asOf,
            CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var format = parseResult.GetValue(FormatOption)!;
            if (format != "sarif")
            {
                return Validate(parseResult, context, format, paths, asOf);
            }

            // Whatever goes wrong, the SARIF file must be a valid log: the problems become its notifications.
            var problems = new StringWriter();
            try
            {
                var code = Validate(parseResult, context.WithError(new TeeWriter(context.Error, problems)), format, paths, asOf);
                if (code == ExitCodes.Usage)
                {
                    WriteFailure(problems.ToString(), context.Out);
                }

                return code;
            }
            catch (Exception exception)
            {
                WriteFailure(problems + "prikaz: непредвиденная ошибка: " + exception.Message, context.Out);
                throw;
            }
        });

        return command;
    }

    /// <summary>
    /// Writes the SARIF log of a run the parser refused (an unknown option) when <c>validate --format sarif</c>
    /// was asked for; true when it did.
    /// </summary>
    public static bool WriteParseFailure(ParseResult parseResult, IEnumerable<string> errors, TextWriter output)
    {
        if (parseResult.CommandResult.Command.Name != Name || parseResult.GetResult(FormatOption) is not { } result ||
            result.Tokens is not [{ Value: "sarif" }])
        {
            return false;
        }

        WriteFailure(string.Join('\n', errors.Select(error => "prikaz: " + error)), output);
        return true;
    }

    private static int Validate(ParseResult parseResult, CliContext context, string format, Argument<string[]> paths, Option<string?> asOf)
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
        var workspace = CommandInputs.Workspace(pipeline, files);
        // The files are checked on every core (the checks are thread-safe) and reported in the order given.
        // Only their reports are kept: a file is loaded past the workspace's cache (which keeps what the
        // documents refer to), so a thousand parsed roadmaps do not stay alive for the collector to mark.
        var results = new FileDiagnostics[files.Count];
        Parallel.For(0, files.Count, i => results[i] = (StandardInput.IsNamedBy(files[i])
            ? CommandInputs.Check(pipeline, workspace, files[i], context)
            : pipeline.Check(DocumentLoader.Load(files[i], kinds: pipeline.Kinds), workspace)).Report);
        Reports.ByFormat(format, workspace.Root).Write(results, context.Out);
        if (results.Any(r => r.ErrorCount > 0))
        {
            return ExitCodes.DocumentErrors;
        }

        return CliOptions.WarningsFail(parseResult, results.Sum(r => r.WarningCount), context) ? ExitCodes.DocumentErrors : ExitCodes.Success;
    }

    private static void WriteFailure(string problems, TextWriter output) =>
        new SarifReport(ToolVersion.Current, ToolLinks.Current, SourceRoots.Find(Environment.CurrentDirectory))
            .WriteFailure([.. problems.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], output);

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Формат отчёта: text (строки «файл:строка:столбец: error PRK004: …»), json, sarif (SARIF 2.1.0 для code scanning) " +
                          "или github (команды ::error/::warning — аннотации GitHub Actions в любом репозитории)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Reports.Formats);
        return format;
    }
}
