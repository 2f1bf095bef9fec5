using System.CommandLine;
using System.Globalization;
using Prikaz.Amendments;
using Prikaz.Amendments.Drafting;
using Prikaz.Building;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Reporting;
using Prikaz.Russian;

namespace Prikaz.Cli.Commands;

/// <summary>
/// <c>prikaz amend OLD NEW --date D --number N [-o FILE]</c> and <c>prikaz amend FILE --from REV [--to REV]</c>:
/// writes the amendment order («О внесении изменений в приказ …», <c>kind: amendment</c>) that turns the
/// old edition into the new one, as YAML for the clerk to review; <c>prikaz render</c> issues it.
/// Exit 0 — written and valid, 1 — a file has errors or the written order does not pass its checks, 2 — usage.
/// </summary>
internal static class AmendCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Два файла (прежняя и новая редакция) или один файл с --from", new ArgumentArity(1, 2));
        var from = new Option<string?>("--from") { Description = "Прежняя редакция — ревизия git (коммит, ветка, метка: HEAD~1, main)" };
        var to = new Option<string?>("--to") { Description = "Новая редакция — ревизия git; по умолчанию файл на диске" };
        var date = new Option<string?>("--date") { Description = "Дата приказа о внесении изменений, ГГГГ-ММ-ДД (если новая редакция не записывает его в editions)" };
        var number = new Option<string?>("--number") { Description = "Номер приказа о внесении изменений без знака №" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Куда записать приказ: файл YAML или папка (со слешем в конце или существующая); по умолчанию рядом с изменяемым: <имя>.amendment-<дата>.yaml",
        };
        var force = new Option<bool>("--force") { Description = "Перезаписать существующий файл" };
        var command = new Command("amend",
            "Составить приказ о внесении изменений («О внесении изменений в приказ …») по двум редакциям приказа с «дорожной картой»:\n" +
            "файл YAML (kind: amendment) с перечнем изменений в нумерации подписанной редакции, который проверяет prikaz validate\n" +
            "и выпускает prikaz render. Существующий файл не перезаписывается без --force.\n" +
            "Код выхода: 0 — записан, 1 — в файлах ошибки или записанный приказ не проходит проверку, 2 — ошибка запуска.\n" +
            "Примеры: prikaz amend old.yaml new.yaml --date 2020-10-15 --number 01/2237\n" +
            "         prikaz amend roadmaps/chelyabinsk-2020-shnor.yaml --from HEAD~1 -o roadmaps/chelyabinsk-izm-2020-10-15.yaml")
        {
            paths, from, to, date, number, output, force, CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var files = parseResult.GetValue(paths)!;
            var fromRevision = parseResult.GetValue(from);
            var toRevision = parseResult.GetValue(to);
            if (DiffCommand.Usage(files, fromRevision, toRevision, "amend") is { } usage)
            {
                return Fail(context, usage + "\nСправка: prikaz amend --help", ExitCodes.Usage);
            }

            DateOnly? amendingDate = null;
            if (parseResult.GetValue(date) is { } given)
            {
                if (!DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Fail(context, $"дата «{given}» не в формате ГГГГ-ММ-ДД", ExitCodes.Usage);
                }

                amendingDate = parsed;
            }

            if (CommandInputs.Templates(parseResult, context) is not { } templates)
            {
                return ExitCodes.Usage;
            }

            if (CommandInputs.Editions(files, fromRevision, toRevision, context) is not (var old, var @new))
            {
                return ExitCodes.Usage;
            }

            var report = new TextReport();
            var outcome = ChangeDiff.Between(old, @new);
            if (outcome.Diff is not { } diff)
            {
                report.WriteDiagnostics(outcome.Errors, context.Error);
                return Fail(context, "приказ о внесении изменений не составлен: исправьте ошибки в файлах", ExitCodes.DocumentErrors);
            }

            var comparison = diff.Comparison;
            if (diff.Diagnostics.Any(d => d.Code == EditionCodes.SignedEditionsChanged))
            {
                report.WriteDiagnostics(diff.Diagnostics, context.Error);
                return Fail(context, "приказ о внесении изменений не составлен: подписанные редакции в новом файле изменены", ExitCodes.DocumentErrors);
            }

            if (!AmendmentDraft.CanAmend(comparison.Old))
            {
                return Fail(context, "прежняя редакция — проект без даты и номера: изменения вносятся только в подписанный приказ", ExitCodes.DocumentErrors);
            }

            if (AmendmentDraft.Unsupported(comparison) is { } unsupported)
            {
                return Fail(context, unsupported, ExitCodes.DocumentErrors);
            }

            if (comparison.Changes.Changes.Count == 0)
            {
                return Fail(context, "редакции не различаются: вносить нечего", ExitCodes.DocumentErrors);
            }

            if (AmendingOrder.Resolve(comparison.Changes, amendingDate, parseResult.GetValue(number), out var problem) is not { } amending)
            {
                return Fail(context, problem!, problem!.StartsWith("укажите", StringComparison.Ordinal) ? ExitCodes.Usage : ExitCodes.DocumentErrors);
            }

            var pipeline = new DocumentPipeline(templates, Writers.For(templates));
            var lookup = pipeline.Profiles.Find(comparison.New.Authority);
            if (lookup.Profile is not { } profile)
            {
                report.WriteDiagnostics(lookup.Diagnostics, context.Error);
                return Fail(context, $"нет профиля органа власти «{comparison.New.Authority}»", ExitCodes.DocumentErrors);
            }

            // The amendment names the amended edition's file: OLD, or with --from the one file (whose
            // older text git keeps; on disk it is the new edition, which then records this amendment).
            var amendedPath = Path.GetFullPath(files[0]);
            // As render reads -o: a trailing slash or an existing folder is a folder for the default name.
            var name = $"{Path.GetFileNameWithoutExtension(files[^1])}.amendment-{amending.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.yaml";
            var target = parseResult.GetValue(output) switch
            {
                null => Path.Combine(Path.GetDirectoryName(amendedPath)!, name),
                var place when place.EndsWith('/') || place.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(place) => Path.Combine(Path.GetFullPath(place), name),
                var place => Path.GetFullPath(place),
            };
            if (File.Exists(target) && !parseResult.GetValue(force))
            {
                return Fail(context, $"файл «{Shown(target)}» уже есть; чтобы перезаписать, добавьте --force", ExitCodes.Usage);
            }

            if (diff.Diagnostics.Count > 0)
            {
                report.WriteDiagnostics(diff.Diagnostics, context.Error);
            }

            var folder = Path.GetDirectoryName(target)!;
            var request = new AmendmentRequest(amending.Date, amending.Number, SourceRoots.Relative(folder, amendedPath));
            var draft = AmendmentDraft.From(comparison, request, profile);
            var schemaFile = Path.Combine(SourceRoots.Find(folder), "roadmaps", Schema.DocumentSchema.FileName);
            // The header names the editions as seen from the amendment's folder, so the text is the same wherever it is made.
            string Named(string file, string? revision) => (revision is null ? string.Empty : revision + ":") + SourceRoots.Relative(folder, file);
            var yaml = AmendmentYaml.Write(draft, comparison.Old, profile, Named(files[0], fromRevision), Named(files[^1], toRevision),
                File.Exists(schemaFile) ? SourceRoots.Relative(folder, schemaFile) : null);
            try
            {
                Directory.CreateDirectory(folder);
                AtomicFile.WriteAllText(target, yaml);
            }
            catch (Exception exception) when (FileProblem.IsFileSystem(exception))
            {
                return Fail(context, $"файл «{Shown(target)}» не записан: {FileProblem.Explain(exception)}", ExitCodes.Usage);
            }

            var count = draft.File.Changes.Count + (draft.File.Appendix is null ? 0 : 1);
            context.Out.WriteLine($"Записан приказ о внесении изменений {Shown(target)}: {RussianPlural.Count(count, "изменение", "изменения", "изменений")}" +
                                  (draft.RestatedBecause is null ? "." : $"; приложение излагается в новой редакции ({draft.RestatedBecause})."));

            // The clerk sees at once whether the order passes its checks beside the order it names.
            var written = pipeline.Check(target, pipeline.WorkspaceAround(target));
            report.WriteDiagnostics(written.Report.Diagnostics, context.Error);
            if (written.Report.ErrorCount > 0)
            {
                return Fail(context, $"записанный приказ не проходит проверку: исправьте его или изменяемый приказ, затем prikaz validate {Shown(target)}", ExitCodes.DocumentErrors);
            }

            context.Out.WriteLine($"Проверьте его и выпустите: prikaz render {Shown(target)} --to docx,pdf,html");
            return ExitCodes.Success;
        });

        return command;
    }

    private static int Fail(CliContext context, string message, int code)
    {
        context.Error.WriteLine($"prikaz: {message}");
        return code;
    }

    private static string Shown(string path) => OneLine.Of(Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/'));
}
