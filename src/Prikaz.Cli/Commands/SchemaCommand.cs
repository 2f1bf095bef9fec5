using System.CommandLine;
using Prikaz.IO;
using Prikaz.Schema;

namespace Prikaz.Cli.Commands;

/// <summary><c>prikaz schema [-o FILE]</c>: the JSON Schema of the roadmap format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Записать схему в файл (атомарно) вместо стандартного вывода",
        };
        var command = new Command("schema",
            "Вывести JSON Schema формата «дорожной карты» (для автодополнения в редакторе).\n" +
            "Пример: prikaz schema -o roadmaps/roadmap.schema.json")
        {
            output,
        };

        command.SetAction(parseResult =>
        {
            var schema = DocumentSchema.Json;
            if (parseResult.GetValue(output) is { } file)
            {
                AtomicFile.WriteAllText(file.FullName, schema);
                context.Error.WriteLine($"Схема записана: {file}");
            }
            else
            {
                context.Out.Write(schema);
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
