using System.CommandLine;
using Prikaz.Preview;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz preview FILE [--port N] [--no-browser] [--templates DIR] [--from REV]</c></summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Файл YAML, который показывать" };
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Порт на 127.0.0.1; 0 — любой свободный (по умолчанию {PreviewOptions.DefaultPort})",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("порт — число от 0 до 65535");
            }
        });
        var noBrowser = new Option<bool>("--no-browser") { Description = "Не открывать браузер, только напечатать адрес" };
        var from = new Option<string?>("--from")
        {
            Description = "Показать рядом редакцию файла из ревизии git (коммит, ветка, метка), например HEAD~1, и отметить изменения, как их перечисляет prikaz diff",
        };
        var command = new Command("preview",
            "Живой предпросмотр в браузере: документ обновляется при каждом сохранении YAML, шаблонов или профиля,\n" +
            "ошибки видны на странице, щелчок по пункту или ячейке показывает строку YAML. Сервер слушает только 127.0.0.1\n" +
            "и ничего не записывает на диск. Остановить — Ctrl+C.\n" +
            "Пример: prikaz preview roadmaps/chelyabinsk-2020-shnor.yaml --port 0")
        {
            file, port, noBrowser, from, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            if (CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            var path = parseResult.GetValue(file)!.ToString();
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"prikaz: файл «{path}» не найден");
                return ExitCodes.Usage;
            }

            var options = new PreviewOptions(path.Replace('\\', '/'), [.. folder.Layers.Select(layer => layer.Root)])
            {
                Port = parseResult.GetValue(port),
                FromRevision = parseResult.GetValue(from),
                Marker = PreviewOptions.AmendmentMarks,
                Log = line => context.Out.WriteLine(line),
            };
            return Run(options, !parseResult.GetValue(noBrowser), context);
        });

        return command;
    }

    // Ctrl+C and SIGTERM are how a preview is meant to end, so they exit 0 (a build they cut short exits 130/143).
    private static int Run(PreviewOptions options, bool openBrowser, CliContext context)
    {
        using var stop = new StopSignals();

        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(options, stop.Token).GetAwaiter().GetResult();
        }
        catch (PreviewStartException exception)
        {
            context.Error.WriteLine($"prikaz: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            context.Out.WriteLine("Предпросмотр остановлен.");
            return ExitCodes.Success;
        }

        context.Out.WriteLine($"Предпросмотр {options.Document}: {server.Address}");
        context.Out.WriteLine("Остановить — Ctrl+C.");
        if (openBrowser && !SystemBrowser.Open(server.Address))
        {
            context.Out.WriteLine("Браузер открыть не удалось — откройте адрес сами.");
        }

        stop.Token.WaitHandle.WaitOne();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        context.Out.WriteLine("Предпросмотр остановлен.");
        return ExitCodes.Success;
    }
}
