using System.CommandLine;
using Prikaz.Execution;
using Prikaz.Execution.Calendar;
using Prikaz.Execution.Deadlines;
using Prikaz.Execution.ICalendar;
using Prikaz.IO;
using Prikaz.Model;
using Prikaz.Pipeline;
using Prikaz.Reporting;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz calendar PATH... [-o FILE.ics]</c>: every dated deadline and reporting duty as iCalendar.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathArgument.Create("Файлы YAML или папки с ними; по умолчанию roadmaps/", ArgumentArity.ZeroOrMore);
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Записать календарь в файл .ics (атомарно) вместо стандартного вывода",
        };
        var command = new Command("calendar",
            "Календарь сроков в формате iCalendar (RFC 5545) для Outlook, Google Календаря, Thunderbird: каждый срок мероприятий\n" +
            "и каждый срок представления информации (reporting: в пунктах приказа), с переносом с нерабочих дней (ст. 193 ГК РФ)\n" +
            "и напоминанием за 3 дня. Повторный импорт обновляет события, а не дублирует их.\n" +
            "Пример: prikaz calendar roadmaps/ -o сроки.ics")
        {
            paths,
            output,
            CliOptions.Templates,
        };

        command.SetAction(parseResult =>
        {
            var inputs = parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["roadmaps"];
            if (CommandInputs.Roadmaps(inputs, context) is not { } files || CommandInputs.Templates(parseResult, context) is not { } folder)
            {
                return ExitCodes.Usage;
            }

            var pipeline = new DocumentPipeline(folder, Writers.For(folder));
            var workspace = CommandInputs.Workspace(pipeline, files);
            var documents = files.Select(path => CommandInputs.Check(pipeline, workspace, path, context)).ToList();
            var failed = documents.Where(document => document.Report.ErrorCount > 0).ToList();

            // The deadlines are the orders'; progress files beside them only report on them.
            var roadmaps = documents.Where(document => document.Loaded.Model is OrderFile).ToList();
            if (failed.Count > 0)
            {
                new TextReport().Write(failed.Select(roadmap => roadmap.Report).ToList(), context.Error);
                return ExitCodes.DocumentErrors;
            }

            var calendar = ProductionCalendars.Load(folder);
            var events = new List<DeadlineEvent>();
            var warnings = calendar.Diagnostics.ToList();
            foreach (var roadmap in roadmaps)
            {
                var name = Path.GetFileNameWithoutExtension(roadmap.Path);
                var schoolYear = RoadmapDueDates.SchoolYearOf(roadmap.Profile);
                var order = (OrderFile)roadmap.Loaded.Model!;
                events.AddRange(DeadlineEvents.Of(name, order, calendar.Calendar, schoolYear));
                warnings.AddRange(ExecutionValidation.MissingYears(RoadmapDueDates.Of(order, calendar.Calendar, schoolYear), calendar.Calendar, roadmap.Loaded.Map, DateOnly.MaxValue));
            }

            new TextReport().WriteDiagnostics(warnings, context.Error);
            using var buffer = new MemoryStream();
            ICalendarWriter.Write(events, "Сроки «дорожных карт»", buffer);
            if (parseResult.GetValue(output) is { } file)
            {
                AtomicFile.WriteAllBytes(file.FullName, buffer.ToArray());
                context.Error.WriteLine($"Календарь записан: {file} (событий: {events.Count})");
            }
            else
            {
                context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return warnings.Any(d => d.Severity == Diagnostics.Severity.Error) ? ExitCodes.DocumentErrors : ExitCodes.Success;
        });

        return command;
    }
}
