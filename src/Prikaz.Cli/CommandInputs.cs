using Prikaz.Amendments;
using Prikaz.Reporting;
using Prikaz.IO;
using Prikaz.Building;
using System.CommandLine;
using Prikaz.Documents;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Publishing;
using Prikaz.Templating;

namespace Prikaz.Cli;

/// <summary>
/// The inputs several commands share, read and checked the same way everywhere: the templates folder,
/// the roadmap files and the list of output formats. Each returns null after telling the user what is wrong.
/// </summary>
internal static class CommandInputs
{
    public static TemplateFolder? Templates(ParseResult parseResult, CliContext context)
    {
        var folder = TemplateFolders.Open(parseResult.GetValue(CliOptions.Templates));
        if (folder.Exists)
        {
            return folder;
        }

        context.Error.WriteLine($"prikaz: нет папки шаблонов с профилями органов власти: {folder.DisplayRoot}/authorities");
        return null;
    }

    /// <summary>
    /// The roadmap files the paths stand for. Links a folder walk did not follow are named on stderr
    /// (the run goes on); paths that name nothing end it.
    /// </summary>
    public static IReadOnlyList<string>? Roadmaps(IReadOnlyList<string> paths, CliContext context)
    {
        if (paths.Any(StandardInput.IsNamedBy))
        {
            if (paths.Count == 1)
            {
                return paths;
            }

            // Standard input can be read once, and a document from it has no name to tell it from the others by.
            context.Error.WriteLine("prikaz: стандартный ввод (-) читается, только когда других входов нет");
            return null;
        }

        var files = RoadmapFiles.Expand(paths);
        foreach (var note in files.Skipped.Concat(files.Problems))
        {
            context.Error.WriteLine($"prikaz: {note}");
        }

        return files.Problems.Count == 0 ? files.Files : null;
    }

    /// <summary>The workspace of the inputs: the repository of the first file, or the current folder for standard input.</summary>
    public static DocumentWorkspace Workspace(DocumentPipeline pipeline, IReadOnlyList<string> files) =>
        files is [var only] && StandardInput.IsNamedBy(only)
            ? pipeline.Workspace(Environment.CurrentDirectory)
            : pipeline.WorkspaceAround(files.FirstOrDefault() ?? ".");

    /// <summary>Loads and checks one input, a file or standard input («-»).</summary>
    public static CheckedDocument Check(DocumentPipeline pipeline, DocumentWorkspace workspace, string path, CliContext context) =>
        StandardInput.IsNamedBy(path)
            ? pipeline.Check(StandardInput.Load(context, pipeline.Kinds), workspace)
            : pipeline.Check(path, workspace);

    /// <summary>The formats of <c>--to</c>; every format the program writes when it is not given (render and build alike).</summary>
    public static IReadOnlyList<string>? Formats(string? requested, DocumentWriters writers, CliContext context)
    {
        var formats = OutputFormats.Parse(requested ?? string.Join(",", Writers.Printed), writers.Formats, out var unknown);
        if (unknown.Count == 0 && formats.Count > 0)
        {
            return formats;
        }

        context.Error.WriteLine($"prikaz: неизвестный формат {string.Join(", ", unknown)}; доступны: {string.Join(", ", writers.Formats)}");
        return null;
    }

    /// <summary>How long a command waits for another one that is writing into the same output folder.</summary>
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The output folder's lock (<see cref="OutputLock"/>), waiting for another build that holds it;
    /// null after telling the user why the folder cannot be had.
    /// </summary>
    public static OutputLock? LockOutput(string outputFolder, CliContext context)
    {
        try
        {
            var folderLock = OutputLock.Acquire(outputFolder, LockPatience, () =>
                context.Error.WriteLine($"prikaz: папку {OneLine.Of(outputFolder)} занимает другая сборка; жду, пока она закончит…"), context.Clock);
            if (folderLock is null)
            {
                context.Error.WriteLine($"prikaz: папку {OneLine.Of(outputFolder)} всё ещё занимает другая сборка; две сборки в одну папку разошлись бы с manifest.json — запустите позже или укажите другую папку -o");
            }

            return folderLock;
        }
        catch (Exception exception) when (FileProblem.IsFileSystem(exception))
        {
            context.Error.WriteLine($"prikaz: в папку {OneLine.Of(outputFolder)} нельзя писать: {FileProblem.Explain(exception)}");
            return null;
        }
    }

    /// <summary>
    /// The two editions <c>prikaz diff</c> and <c>prikaz amend</c> compare: two files, or one file as it is
    /// and at git revisions (<c>--from</c>, <c>--to</c>). Null, with the reason on stderr, when git cannot give one.
    /// </summary>
    public static (LoadedDocument Old, LoadedDocument New)? Editions(IReadOnlyList<string> files, string? from, string? to, CliContext context)
    {
        try
        {
            var old = from is null ? DocumentLoader.Load(files[0]) : GitRevisions.Load(files[0], from);
            var @new = to is not null ? GitRevisions.Load(files[0], to) : DocumentLoader.Load(files[^1]);
            return (old, @new);
        }
        catch (GitRevisionException e)
        {
            context.Error.WriteLine($"prikaz: {e.Message}");
            return null;
        }
    }
}
