using System.CommandLine;
using Prikaz.Pipeline;
using Prikaz.Templating;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz templates export DIR</c> — the shipped templates to start an authority's own from (like
/// <c>pandoc -D</c>); <c>prikaz templates list</c> — which file each template, profile and font comes from.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("templates",
            "Шаблоны: выгрузить поставляемые (export) или показать, откуда берётся каждый шаблон (list).\n" +
            "Своя папка шаблонов (--templates DIR или ./templates) накладывается на поставляемую: в ней достаточно\n" +
            "того, что меняется, например только authorities/<id>.yaml. Шаблон для одного органа власти —\n" +
            "в authorities/<id>/, например authorities/amur-minobr/partials/signature.sbn.\n" +
            "Пример: prikaz templates export my-templates && prikaz templates list --templates my-templates");
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(List(context));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var target = new Argument<DirectoryInfo>("DIR") { Description = "Куда выгрузить поставляемые шаблоны, профили и шрифты" };
        var force = new Option<bool>("--force") { Description = "Перезаписать файлы, которые в папке уже есть" };
        var command = new Command("export", "Выгрузить поставляемые шаблоны, чтобы начать с них свои.\nПример: prikaz templates export templates")
        {
            target, force,
        };
        command.SetAction(parseResult =>
        {
            var shipped = new TemplateFolder(TemplateFolders.Shipped);
            var folder = parseResult.GetValue(target)!.FullName;
            var files = shipped.Files(_ => true);
            if (files.Count == 0)
            {
                context.Error.WriteLine($"prikaz: поставляемых шаблонов нет в {TemplateFolders.Shipped}");
                return ExitCodes.Usage;
            }

            var existing = files.Select(file => Path.Combine(folder, file.Name)).Where(File.Exists).ToList();
            if (existing.Count > 0 && !parseResult.GetValue(force))
            {
                context.Error.WriteLine($"prikaz: в {parseResult.GetValue(target)} уже есть {existing.Count} из {files.Count} файлов " +
                                        $"(например {Path.GetRelativePath(folder, existing[0])}); чтобы перезаписать, добавьте --force");
                return ExitCodes.Usage;
            }

            foreach (var file in files)
            {
                var destination = Path.Combine(folder, file.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file.Path, destination, overwrite: true);
            }

            context.Out.WriteLine($"Выгружено файлов: {files.Count} → {parseResult.GetValue(target)}. " +
                                  $"Изменённые файлы подхватываются с --templates {parseResult.GetValue(target)}; лишние можно удалить — их заменят поставляемые.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var authority = new Option<string?>("--authority", "-a")
        {
            Description = "Показать шаблоны так, как их видит документ этого органа власти (с его собственными шаблонами)",
        };
        var command = new Command("list", "Показать, из какого файла берётся каждый шаблон, профиль и шрифт.\nПример: prikaz templates list --authority amur-minobr")
        {
            authority, CliOptions.Templates,
        };
        command.SetAction(parseResult =>
        {
            if (CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            var id = parseResult.GetValue(authority);
            if (id is not null && !folder.ProfileIds().Contains(id, StringComparer.Ordinal))
            {
                context.Error.WriteLine($"prikaz: нет профиля органа власти «{id}»; профили: {string.Join(", ", folder.ProfileIds())}");
                return ExitCodes.Usage;
            }

            context.Out.WriteLine("Слои (сверху вниз): " + string.Join(" → ", folder.Layers.Select(layer => layer.Display)));
            context.Out.WriteLine("Шаблоны:");
            foreach (var file in folder.Templates(id))
            {
                context.Out.WriteLine($"  {Relative(file)}  ← {file.Display}");
            }

            context.Out.WriteLine("Профили органов власти:");
            foreach (var profile in folder.ProfileIds())
            {
                context.Out.WriteLine($"  {profile}  ← {folder.ProfileDisplay(profile)}");
            }

            context.Out.WriteLine("Шрифты PDF: " + folder.Fonts);
            return ExitCodes.Success;
        });
        return command;
    }

    // The name a template is included by: an authority's override stands for the shared name.
    private static string Relative(TemplateFile file) =>
        file.Name.StartsWith("authorities/", StringComparison.Ordinal) && file.Name.Split('/') is { Length: > 3 } parts
            ? string.Join('/', parts[2..])
            : file.Name;
}
