namespace Prikaz.Cli;

/// <summary>
/// Where <c>prikaz diff</c> writes and in which format, read as <see cref="OutputTarget"/> reads <c>-o</c>
/// for documents: <c>-o changes.md</c> is that file in the format its extension names (<c>.txt</c>,
/// <c>.md</c>, <c>.json</c>, <c>.docx</c>) unless <c>--format</c> says it; <c>-o -</c> or no <c>-o</c> is
/// standard output — except the redline, which without <c>-o</c> goes to <c>output/&lt;name&gt;.redline.docx</c>,
/// a Word file being no thing for a terminal.
/// </summary>
/// <param name="Path">The full path of the file; null for standard output.</param>
internal sealed record DiffOutput(string Format, string? Path)
{
    public const string Redline = "docx";

    private static readonly Dictionary<string, string> FormatOfExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text",
        [".md"] = "markdown",
        [".markdown"] = "markdown",
        [".json"] = "json",
        [".docx"] = Redline,
    };

    /// <summary>
    /// The output <paramref name="output"/> (<c>-o</c>, null when not given) names for the format
    /// <paramref name="requested"/> (<c>--format</c>, null when not given); null after telling the user what does not fit.
    /// </summary>
    public static DiffOutput? Read(string? requested, string? output, string newFile, CliContext context)
    {
        if (output is null)
        {
            var format = requested ?? "text";
            return new DiffOutput(format, format == Redline
                ? System.IO.Path.GetFullPath(System.IO.Path.Combine("output", System.IO.Path.GetFileNameWithoutExtension(newFile) + ".redline.docx"))
                : null);
        }

        if (output == OutputTarget.StandardOutputName)
        {
            return new DiffOutput(requested ?? "text", null);
        }

        var extension = System.IO.Path.GetExtension(output);
        var named = FormatOfExtension.GetValueOrDefault(extension);
        if (requested is null && named is null)
        {
            context.Error.WriteLine($"prikaz: по расширению «{extension}» формат файла -o не определить (.txt, .md, .json, .docx); укажите --format");
            return null;
        }

        if (requested is not null && named is not null && named != requested)
        {
            context.Error.WriteLine($"prikaz: расширение файла «{output}» не совпадает с форматом --format {requested}");
            return null;
        }

        return new DiffOutput(requested ?? named!, System.IO.Path.GetFullPath(output));
    }
}
