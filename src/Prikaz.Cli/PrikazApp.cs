using System.CommandLine;
using System.CommandLine.Help;
using Prikaz.Cli.Commands;

namespace Prikaz.Cli;

/// <summary>
/// The <c>prikaz</c> command line: builds the command tree and runs it. Exit codes are a contract:
/// 0 success, 1 the documents have errors, 2 usage or environment problem (including any fault
/// that was not foreseen, which prints one line, and its details only with <c>--verbose</c>).
/// </summary>
internal static class PrikazApp
{
    /// <param name="standardInput">Standard input as bytes (the input «-»); none by default.</param>
    /// <param name="standardOutput">Standard output as bytes (<c>-o -</c>); by default <paramref name="stdout"/>'s text stream cannot take bytes.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock,
        Func<Stream>? standardInput = null, Func<Stream>? standardOutput = null)
    {
        var context = new CliContext(stdout, stderr, clock, standardInput ?? (() => Stream.Null), standardOutput ?? (() => Stream.Null));
        var root = BuildCommandTree(context);
        var parseResult = root.Parse(args);
        context.Verbose = parseResult.GetValue(CliContext.VerboseOption);

        var errors = parseResult.Errors.Select(error => error.Message)
            .Concat(PathArgument.UnknownOptions(parseResult).Select(option => $"неизвестный параметр «{option}»"))
            .ToList();
        if (errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"prikaz: {error}");
            }

            ValidateCommand.WriteParseFailure(parseResult, errors, stdout);

            stderr.WriteLine("Справка: prikaz --help");
            return ExitCodes.Usage;
        }

        try
        {
            if (parseResult.Action is HelpAction)
            {
                var help = new StringWriter();
                var code = parseResult.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
                stdout.Write(HelpText.Russian(help.ToString()));
                return code;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,

                // Commands stop on Ctrl+C and SIGTERM themselves (StopSignals), cleanly; System.CommandLine
                // would otherwise end the process after its own timeout, mid-write.
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception exception)
        {
            stderr.WriteLine($"prikaz: непредвиденная ошибка: {exception.Message}" +
                             (context.Verbose ? string.Empty : " (подробности: --verbose)"));
            if (context.Verbose)
            {
                stderr.WriteLine(exception.ToString());
            }

            return ExitCodes.Usage;
        }
    }

    internal static RootCommand BuildCommandTree(CliContext context)
    {
        var root = new RootCommand(
            "Prikaz — приказы и «дорожные карты» из YAML: проверка, выпуск DOCX, PDF и HTML.\n" +
            "Пример: prikaz validate roadmaps/ && prikaz render roadmaps/chelyabinsk-2020-shnor.yaml");
        root.Options.Add(CliContext.VerboseOption);

        // System.CommandLine's Russian resources leave these two in English.
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Показать справку и примеры",
                VersionOption => "Показать версию программы",
                _ => option.Description,
            };
        }

        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(NewCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(TemplatesCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(AmendCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(PreviewCommand.Create(context));
        root.Subcommands.Add(CompletionCommand.Create(context));
        return root;
    }
}
