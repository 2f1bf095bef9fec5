using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.IO;
using Prikaz.Pipeline;
using Prikaz.Templating;

namespace Prikaz.Publishing;

/// <summary>
/// Renders checked roadmaps into documents and writes them into the output folder, each file
/// atomically: a document is first written in full to memory, so a failure in any writer leaves the
/// previous good file in place. Thread-safe; shares one <see cref="OrderRenderer"/>.
/// </summary>
public sealed class Publisher
{
    private readonly OrderRenderer renderer;
    private readonly DocumentWriters writers;

    public Publisher(TemplateFolder folder, DocumentWriters writers)
    {
        renderer = new OrderRenderer(folder);
        this.writers = writers;
    }

    /// <summary>
    /// Parses and checks the templates ahead of the first <see cref="Publish"/>, e.g. on another
    /// thread while the roadmaps are checked; never required.
    /// </summary>
    public void Preload() => renderer.TemplateProblems();

    /// <summary>The file name a roadmap's document gets: <c>x.yaml</c> → <c>x.docx</c>.</summary>
    public static string OutputName(string roadmapPath, string format) =>
        Path.GetFileNameWithoutExtension(roadmapPath) + "." + format;

    /// <summary>Renders <paramref name="roadmap"/> (which must be renderable) into every format of <paramref name="formats"/>.</summary>
    public PublishOutcome Publish(CheckedRoadmap roadmap, IReadOnlyList<string> formats, string outputFolder)
    {
        if (!roadmap.CanRender)
        {
            throw new InvalidOperationException($"{roadmap.Path} has errors and cannot be rendered.");
        }

        var rendered = renderer.Render(roadmap.File!, roadmap.Profile!);
        if (rendered.Document is null)
        {
            return new PublishOutcome([], rendered.Diagnostics, rendered.Markup);
        }

        var files = new List<PublishedFile>();
        foreach (var format in formats)
        {
            if (!writers.TryGet(format, out var writer))
            {
                throw new ArgumentException($"No writer for '{format}'.", nameof(formats));
            }

            using var buffer = new MemoryStream();
            var written = writer.Write(rendered.Document, buffer);
            var bytes = buffer.ToArray();
            var path = Path.Combine(outputFolder, OutputName(roadmap.Path, format));
            AtomicFile.WriteAllBytes(path, bytes);
            files.Add(new PublishedFile(path, format, bytes.LongLength, ContentHash.Sha256(bytes), written.Pages));
        }

        return new PublishOutcome(files, rendered.Diagnostics, rendered.Markup);
    }
}
