using System.CommandLine;
using System.CommandLine.Completions;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz completion bash|zsh|pwsh</c>: the shell script that completes prikaz's command lines. Each
/// script asks prikaz itself through System.CommandLine's suggestion directive
/// (<c>prikaz "[suggest:N]" "command line"</c>), so completions follow the installed version; the
/// scripts are files of their own (<c>Completion/prikaz.*</c>), embedded in the tool.
/// </summary>
internal static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = "prikaz.bash",
        ["zsh"] = "prikaz.zsh",
        ["pwsh"] = "prikaz.ps1",
    };

    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("SHELL") { Description = "Оболочка: bash, zsh или pwsh" };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        shell.CompletionSources.Add(_ => Scripts.Keys.Order(StringComparer.Ordinal).Select(name => new CompletionItem(name)));
        var command = new Command("completion",
            "Вывести сценарий автодополнения команд prikaz для оболочки.\n" +
            "Примеры: source <(prikaz completion bash)\n" +
            "         prikaz completion zsh > \"${fpath[1]}/_prikaz\"\n" +
            "         prikaz completion pwsh | Out-String | Invoke-Expression")
        {
            shell,
        };

        command.SetAction(parseResult =>
        {
            var name = Scripts[parseResult.GetValue(shell)!];
            using var stream = typeof(CompletionCommand).Assembly.GetManifestResourceStream(name)
                               ?? throw new InvalidOperationException($"The completion script {name} is not embedded.");
            using var reader = new StreamReader(stream);
            context.Out.Write(reader.ReadToEnd());
            return ExitCodes.Success;
        });

        return command;
    }
}
