using System.CommandLine;
using System.Globalization;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Schema;
using Prikaz.Templating;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz new FILE [--authority ID] [--date YYYY-MM-DD]</c>: a commented starting roadmap that validates.</summary>
internal static class NewCommand
{
    /// <summary>The schema the starter's <c>yaml-language-server: $schema=</c> line names, beside the draft.</summary>
    public const string SchemaFileName = "roadmap.schema.json";

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Куда записать черновик, например roadmaps/my-order.yaml" };
        var authority = new Option<string>("--authority", "-a")
        {
            Description = "Идентификатор профиля органа власти (templates/authorities/<id>.yaml)",
            DefaultValueFactory = _ => "default",
        };
        Completions.Authorities(authority);
        var date = new Option<string?>("--date")
        {
            Description = "Дата приказа ГГГГ-ММ-ДД; по умолчанию сегодняшняя",
        };
        var force = new Option<bool>("--force") { Description = "Перезаписать существующий файл" };
        var command = new Command("new",
            "Создать черновик приказа с «дорожной картой» — с комментариями, проходящий проверку.\n" +
            "Пример: prikaz new roadmaps/moy-prikaz.yaml --authority chelyabinsk-minobr")
        {
            file, authority, date, force, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(file)!;
            var authorityId = parseResult.GetValue(authority)!;
            if (target.Exists && !parseResult.GetValue(force))
            {
                context.Error.WriteLine($"prikaz: файл «{target}» уже есть; чтобы перезаписать, добавьте --force");
                return ExitCodes.Usage;
            }

            var orderDate = DateOnly.FromDateTime(context.Clock.GetLocalNow().Date);
            if (parseResult.GetValue(date) is { } given &&
                !DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out orderDate))
            {
                context.Error.WriteLine($"prikaz: дата «{given}» не в формате ГГГГ-ММ-ДД");
                return ExitCodes.Usage;
            }

            var folder = TemplateFolders.Open(parseResult.GetValue(CliOptions.Templates));
            if (!System.Text.RegularExpressions.Regex.IsMatch(authorityId, DocumentSchema.AuthorityPattern) ||
                folder.ProfilePath(authorityId) is not { } profilePath || !File.Exists(profilePath))
            {
                context.Error.WriteLine($"prikaz: нет профиля органа власти «{authorityId}» в {folder.DisplayRoot}/authorities/");
                return ExitCodes.Usage;
            }

            var starter = folder.Resolve("starter.yaml") is { } starterPath && File.Exists(starterPath)
                ? File.ReadAllText(starterPath)
                : null;
            if (starter is null)
            {
                context.Error.WriteLine($"prikaz: нет образца starter.yaml в {folder.DisplayRoot}");
                return ExitCodes.Usage;
            }

            AtomicFile.WriteAllText(target.FullName, StarterDraft.Fill(starter, authorityId, orderDate, target.ToString()));
            context.Out.WriteLine($"Создан черновик {target}. Проверка: prikaz validate {target}");

            // The draft's first line points the editor at roadmap.schema.json beside it; in a new folder
            // there is none yet. One already there (a repository's committed copy) is left as it is.
            var schema = Path.Combine(target.DirectoryName!, SchemaFileName);
            if (!File.Exists(schema))
            {
                AtomicFile.WriteAllText(schema, DocumentSchema.Json);
                context.Out.WriteLine($"Записана схема {Path.Combine(Path.GetDirectoryName(target.ToString()) ?? string.Empty, SchemaFileName)} — для подсказок и проверки в редакторе.");
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
