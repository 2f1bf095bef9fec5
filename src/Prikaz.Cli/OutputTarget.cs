using Prikaz.Documents;

namespace Prikaz.Cli;

/// <summary>
/// Where <c>-o</c> sends documents, read as pandoc reads it: <c>-o приказ.pdf</c> is that one file, in
/// the format its extension names; <c>-o out/</c> — a trailing slash, an existing folder or a name
/// without an extension — a folder where <c>x.yaml</c> becomes <c>x.docx</c>, <c>x.pdf</c> …; <c>-o -</c>
/// standard output, in one format. Before, <c>-o x.pdf</c> made a folder <c>x.pdf/</c> without a word.
/// </summary>
internal abstract record OutputTarget
{
    public const string StandardOutputName = "-";

    private OutputTarget()
    {
    }

    /// <summary>The formats each document is written in.</summary>
    public abstract IReadOnlyList<string> Formats { get; }

    /// <summary>True when <paramref name="value"/> names a folder: see the class summary.</summary>
    public static bool IsFolder(string value) =>
        value != StandardOutputName &&
        (value.EndsWith('/') || value.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(value) || Path.GetExtension(value).Length == 0);

    /// <summary>
    /// The target <paramref name="value"/> names with the formats of <c>--to</c> (<paramref name="requested"/>,
    /// null when not given: every format for a folder, the extension's for a file); null after telling the
    /// user what does not fit.
    /// </summary>
    public static OutputTarget? Read(string value, string? requested, DocumentWriters writers, CliContext context)
    {
        if (IsFolder(value))
        {
            return CommandInputs.Formats(requested, writers, context) is { } formats ? new Folder(Path.GetFullPath(value), formats) : null;
        }

        if (value == StandardOutputName)
        {
            if (requested is null)
            {
                context.Error.WriteLine($"prikaz: на стандартный вывод (-o -) пишется один формат: укажите его, например --to pdf (доступны: {string.Join(", ", writers.Formats)})");
                return null;
            }

            return Single(requested, writers, context, "на стандартный вывод (-o -)") is { } format ? new StandardOutput(format) : null;
        }

        var extension = Path.GetExtension(value).TrimStart('.').ToLowerInvariant();
        var known = writers.TryGet(extension, out _);
        if (requested is null)
        {
            if (known)
            {
                return new File(Path.GetFullPath(value), extension);
            }

            context.Error.WriteLine($"prikaz: по расширению «{Path.GetExtension(value)}» формат файла -o не определить (доступны: {string.Join(", ", writers.Formats)}); " +
                                    $"укажите формат (--to pdf) или папку со слешем в конце (-o {value}/)");
            return null;
        }

        if (Single(requested, writers, context, $"в файл «{value}»") is not { } chosen)
        {
            return null;
        }

        if (known && extension != chosen)
        {
            context.Error.WriteLine($"prikaz: расширение файла «{value}» не совпадает с форматом --to {chosen}");
            return null;
        }

        return new File(Path.GetFullPath(value), chosen);
    }

    private static string? Single(string requested, DocumentWriters writers, CliContext context, string where)
    {
        if (CommandInputs.Formats(requested, writers, context) is not { } formats)
        {
            return null;
        }

        if (formats.Count == 1)
        {
            return formats[0];
        }

        context.Error.WriteLine($"prikaz: {where} пишется один формат, а --to называет {formats.Count}: {string.Join(", ", formats)}; для нескольких укажите папку, например -o output/");
        return null;
    }

    /// <summary>A folder for every document in every format, named after each YAML (<c>x.yaml</c> → <c>x.pdf</c>).</summary>
    public sealed record Folder(string Path, IReadOnlyList<string> FolderFormats) : OutputTarget
    {
        public override IReadOnlyList<string> Formats => FolderFormats;
    }

    /// <summary>One file, whatever its name, for one document in one format.</summary>
    public sealed record File(string Path, string Format) : OutputTarget
    {
        public override IReadOnlyList<string> Formats => [Format];
    }

    /// <summary>Standard output, for one document in one format.</summary>
    public sealed record StandardOutput(string Format) : OutputTarget
    {
        public override IReadOnlyList<string> Formats => [Format];
    }
}
