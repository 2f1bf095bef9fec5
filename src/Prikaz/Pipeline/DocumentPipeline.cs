using Prikaz.Building;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.IO;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Printability;
using Prikaz.Profiles;
using Prikaz.Publishing;
using Prikaz.Reporting;
using Prikaz.Templating;

namespace Prikaz.Pipeline;

/// <summary>
/// The one way a document becomes files, for every command and every kind: Load (YAML, kind, schema,
/// model) → Check (profile and the kind's rules, in a workspace where documents resolve each other) →
/// Render (the kind's templates → markup → the neutral document) → Write (each format, in memory) →
/// Publish (the formats as one set, atomically). Each stage returns a typed result and reports instead of
/// throwing. Thread-safe: a parallel build shares one pipeline, its parsed templates and loaded profiles.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly DocumentRenderer renderer;
    private readonly IGlyphCoverage? coverage;
    private readonly ITextMeasure? measure;
    private readonly DateOnly? asOf;

    /// <param name="coverage">What the PDF can draw (the PDF writer's fonts); without it characters the PDF would lose are not reported.</param>
    /// <param name="asOf">The day deadlines are checked against (overdue items); null — the default — checks none.</param>
    /// <param name="measure">
    /// Text widths in the documents' fonts, for column widths fitted to their content and the checks of what
    /// fits; by default the writers' own (<see cref="DocumentWriters.Measure"/>), whatever formats are written,
    /// so the same document gets the same widths in every run.
    /// </param>
    public DocumentPipeline(TemplateFolder templates, DocumentWriters writers, DocumentKinds? kinds = null, IGlyphCoverage? coverage = null, DateOnly? asOf = null, ITextMeasure? measure = null)
    {
        this.coverage = coverage;
        this.asOf = asOf;
        this.measure = measure ?? writers.Measure;
        Templates = templates;
        Writers = writers;
        Kinds = kinds ?? DocumentKinds.BuiltIn;
        Profiles = new AuthorityProfiles(templates);
        renderer = new DocumentRenderer(templates);
    }

    public TemplateFolder Templates { get; }

    public DocumentWriters Writers { get; }

    public DocumentKinds Kinds { get; }

    public AuthorityProfiles Profiles { get; }

    /// <summary>
    /// What the checks depend on besides the documents, the templates and the code: the as-of date and
    /// which characters are reported as lost in the PDF. Part of the key of cached check results.
    /// </summary>
    public string ChecksIdentity =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"as-of {asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; coverage {coverage?.GetType().FullName ?? "none"}");

    /// <summary>A workspace of the documents under <paramref name="root"/> (the repository, or the folder of the files given).</summary>
    public DocumentWorkspace Workspace(string root) => new(root, Kinds, Templates);

    /// <summary>The workspace of the repository <paramref name="path"/> is in (see <see cref="SourceRoots"/>).</summary>
    public DocumentWorkspace WorkspaceAround(string path) =>
        Workspace(SourceRoots.Find(Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory));

    /// <summary>Loads and checks <paramref name="path"/>; diagnostics name it as given.</summary>
    public CheckedDocument Check(string path, DocumentWorkspace workspace) => Check(workspace.Load(path), workspace);

    /// <summary>Finds the document's authority profile and runs its kind's rules.</summary>
    public CheckedDocument Check(LoadedDocument document, DocumentWorkspace workspace)
    {
        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        AuthorityProfile? profile = null;
        if (document is { Kind: { } kind, Model: { } model })
        {
            var authority = kind.Authority(document, workspace);
            bool? profileExists = null;
            SourceMap? profileMap = null;
            if (authority is not null)
            {
                var lookup = Profiles.Find(authority.Id);
                profileMap = lookup.Map;
                profile = lookup.Profile;
                profileExists = profile is not null;

                // «No such profile» is the document's mistake: report it where the document names the authority.
                var position = document.Map.Locate(authority.Pointer);
                diagnostics.AddRange(lookup.Diagnostics.Select(d => d.Code == ProfileCodes.UnknownAuthority
                    ? d with { File = document.Path, Line = position.Line, Column = position.Column }
                    : d));
            }

            diagnostics.AddRange(kind.Check(new DocumentCheck(document, profile, profileExists, profileMap, workspace, asOf, measure)));
            diagnostics.AddRange(PrintabilityChecks.Check(document, coverage));
            if (profile is not null && profileMap is not null)
            {
                diagnostics.AddRange(PrintabilityChecks.Check(profile, profileMap, coverage));
            }

            if (profile is not null && measure is not null)
            {
                diagnostics.AddRange(LetterheadWidowCheck.Check(profile, profileMap, document.Path, measure));
            }
        }

        return new CheckedDocument(document, profile, new FileDiagnostics(document.Path, diagnostics), workspace, measure);
    }

    /// <summary>Runs the kind's templates over a document that <see cref="CheckedDocument.CanRender"/>.</summary>
    public RenderedDocument Render(CheckedDocument document)
    {
        if (!document.CanRender)
        {
            throw new InvalidOperationException($"{document.Path} has errors and cannot be rendered.");
        }

        var output = renderer.Render(document);
        return new RenderedDocument(document, output.Document, output.Markup, output.Diagnostics);
    }

    /// <summary>Writes a rendered document in every one of <paramref name="formats"/>, in memory.</summary>
    public WrittenSet Write(RenderedDocument document, IReadOnlyList<string> formats)
    {
        if (!document.Succeeded)
        {
            throw new InvalidOperationException($"{document.Source.Path} was not rendered.");
        }

        var files = new List<WrittenFile>();
        foreach (var format in formats)
        {
            if (!Writers.TryGet(format, out var writer))
            {
                throw new ArgumentException($"No writer for '{format}'.", nameof(formats));
            }

            using var buffer = new MemoryStream();
            var written = writer.Write(document.Document!, buffer);
            var bytes = buffer.ToArray();
            files.Add(new WrittenFile(format, bytes, ContentHash.Sha256(bytes), written.Pages));
        }

        return new WrittenSet(document, files);
    }

    /// <summary>
    /// Puts a written set into <paramref name="outputFolder"/> as <c>x.docx</c>, <c>x.pdf</c> … for the
    /// document <c>x.yaml</c>, all formats or none: a failure leaves the previous set as it was.
    /// </summary>
    public static IReadOnlyList<PublishedFile> Publish(WrittenSet set, string outputFolder)
    {
        var files = set.Files
            .Select(file => (Path: Path.Combine(outputFolder, OutputName(set.Source.Source.Loaded, file.Format)), file))
            .ToList();
        AtomicFile.WriteSet([.. files.Select(f => (f.Path, f.file.Bytes))]);
        return [.. files.Select(f => new PublishedFile(f.Path, f.file.Format, f.file.Bytes.LongLength, f.file.Sha256, f.file.Pages))];
    }

    /// <summary>
    /// Puts a written set of one format at <paramref name="path"/>, whatever its name (<c>prikaz render x.yaml
    /// -o приказ.pdf</c>), atomically: a failure leaves the previous file as it was.
    /// </summary>
    public static PublishedFile PublishAs(WrittenSet set, string path)
    {
        if (set.Files is not [var file])
        {
            throw new ArgumentException($"One file can hold one format, not {set.Files.Count}.", nameof(set));
        }

        AtomicFile.WriteAllBytes(path, file.Bytes);
        return new PublishedFile(path, file.Format, file.Bytes.LongLength, file.Sha256, file.Pages);
    }

    /// <summary>The file name a document gets in <paramref name="format"/>: its kind's base name (<c>x.yaml</c> → <c>x</c>) and the format.</summary>
    public static string OutputName(LoadedDocument document, string format) =>
        (document.Kind?.OutputName(document) ?? Path.GetFileNameWithoutExtension(document.Path)) + "." + format;

    /// <summary>
    /// Parses and checks the templates ahead of the first render, e.g. on another thread while the
    /// documents are checked; never required.
    /// </summary>
    public void Preload() => renderer.Preload();
}
