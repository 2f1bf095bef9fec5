using Prikaz.IO;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Pipeline;
using Prikaz.Publishing;
using Prikaz.Reporting;

namespace Prikaz.Building;

/// <summary>
/// <c>prikaz build</c>: checks every roadmap first, then renders in parallel those whose inputs or
/// outputs changed since the manifest was written, removes the documents of roadmaps deleted since, and
/// writes the new manifest. A roadmap with errors neither stops the others nor touches its previous
/// documents. Every file is written atomically, and temporary files a killed build left behind are
/// removed when the next build starts.
/// </summary>
public sealed class DocumentBuild
{
    private readonly DocumentPipeline pipeline;
    private readonly string toolVersion;

    public DocumentBuild(DocumentPipeline pipeline, string toolVersion)
    {
        this.pipeline = pipeline;
        this.toolVersion = toolVersion;
    }

    /// <summary>
    /// Checks every roadmap of the request's shard and decides what to render; writes nothing but removes
    /// leftover temporary files. A roadmap whose check key (<see cref="CheckKeys"/>) and outputs are as the
    /// manifest recorded is neither parsed nor checked: its recorded diagnostics are reported again.
    /// </summary>
    public BuildPlan Plan(BuildRequest request)
    {
        AtomicFile.RemoveLeftovers(request.OutputFolder);
        var previous = BuildManifest.ReadEntries(request.OutputFolder);
        var toolBuild = ToolBuild.Identity(toolVersion, pipeline.Writers);
        var fingerprints = new InputFingerprints(pipeline.Templates, request.Formats.Select(pipeline.Writers.Get), toolBuild);
        var keys = new CheckKeys(pipeline, request.Formats, toolBuild);
        var workspace = pipeline.Workspace(request.SourceRoot);
        var files = request.Files
            .Select(path => (Path: path, Source: SourceRoots.Relative(request.SourceRoot, path)))
            .Where(file => request.Shard.Contains(file.Source))
            .ToList();
        var bytes = new byte[files.Count][];
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, Options(request), i =>
        {
            bytes[i] = ReadOrEmpty(files[i].Path);
            hashes[i] = ContentHash.Sha256(bytes[i]);
        });
        var dependencies = new DependencyDigests(request.SourceRoot, files.Select((file, i) => (System.IO.Path.GetFullPath(file.Path), hashes[i])));

        var planned = new PlannedDocument[files.Count];
        Parallel.For(0, files.Count, Options(request), i =>
        {
            var (path, source) = files[i];
            previous.TryGetValue(source, out var before);
            var input = new DocumentInput(path, source, bytes[i], hashes[i]);
            planned[i] = Replay(input, before, keys, dependencies, workspace, request)
                ?? Check(input, before, fingerprints, keys, dependencies, workspace, request);
        });

        var building = files.Select(f => f.Source).ToHashSet(StringComparer.Ordinal);
        var orphans = previous.Values
            .Where(entry => !building.Contains(entry.Source) && request.Shard.Contains(entry.Source) && IsGone(entry.Source, request))
            .OrderBy(entry => entry.Source, StringComparer.Ordinal);
        return new BuildPlan(request, [.. planned.OrderBy(d => d.Source, StringComparer.Ordinal)], [.. orphans]);
    }

    // Up to date without parsing: every input the recorded checks and documents came from is as it was.
    private PlannedDocument? Replay(DocumentInput input, ManifestEntry? before, CheckKeys keys, DependencyDigests dependencies,
        DocumentWorkspace workspace, BuildRequest request)
    {
        if (request.Force || before is not { Check: { } check, Fingerprint: not null, Status: BuildStatus.Rendered or BuildStatus.UpToDate } ||
            !pipeline.Kinds.TryGet(check.Kind, out var kind) ||
            check.Key != keys.For(input.Source, input.Sha256, dependencies.Of(before.Reads)) ||
            !OutputsIntact(before, request))
        {
            return null;
        }

        var diagnostics = check.Diagnostics.Select(d => d with { File = input.Path }).ToList();
        var loaded = new LoadedDocument(input.Path, kind, null, diagnostics, new SourceMap(input.Path));
        var document = new CheckedDocument(loaded, null, new FileDiagnostics(input.Path, diagnostics), workspace);
        return new PlannedDocument(input.Source, input.Sha256, document, before.Fingerprint, before, BuildStatus.UpToDate)
        {
            Check = check,
            Reads = before.Reads,
        };
    }

    private PlannedDocument Check(DocumentInput input, ManifestEntry? before, InputFingerprints fingerprints, CheckKeys keys,
        DependencyDigests dependencies, DocumentWorkspace workspace, BuildRequest request)
    {
        var (document, read) = DocumentReads.Recording(() => pipeline.Check(input.Path, workspace));

        // What the templates read last time counts too: a progress report is made from its roadmap's
        // other progress files, which its checks do not open.
        // The files the kind names (the order an amendment amends, a progress file's roadmap) count
        // whether or not this check happened to open them.
        var named = document.CanRender
            ? dependencies.Of(document.Loaded.Kind!.ReadsFrom(document.Loaded, workspace), Path.GetFullPath(input.Path))
            : DocumentDependencies.None;
        var reads = dependencies.Of(read, Path.GetFullPath(input.Path)).With(named).With(before?.Reads ?? DocumentDependencies.None);
        var fingerprint = document.CanRender ? fingerprints.For(input.Bytes, document.Profile!.Id, dependencies.Of(reads)) : null;
        var action = fingerprint is null ? BuildStatus.Failed
            : !request.Force && before?.Fingerprint == fingerprint && OutputsIntact(before, request) ? BuildStatus.UpToDate
            : BuildStatus.Rendered;
        var check = document.CanRender && document.Report.Diagnostics.All(d => d.File == input.Path)
            ? new CheckCache(keys.For(input.Source, input.Sha256, dependencies.Of(reads)), document.Loaded.Kind!.Id,
                [.. document.Report.Diagnostics.Select(d => d with { File = string.Empty })])
            : null;
        return new PlannedDocument(input.Source, input.Sha256, document, fingerprint, before, action)
        {
            Check = check,
            Reads = reads,
            Render = new RenderInputs(input, fingerprints, keys, dependencies),
        };
    }

    /// <summary>
    /// Renders what <paramref name="plan"/> says, calling <paramref name="finished"/> (from any thread)
    /// as each roadmap is done, removes the documents of deleted roadmaps, then writes the manifest.
    /// When <paramref name="stop"/> is cancelled (Ctrl+C, SIGTERM), the documents in progress are
    /// finished — each is written as one set or not at all — no new one is started, and the manifest
    /// records what was done: the documents not reached keep their previous entries, which still
    /// describe their files.
    /// </summary>
    public BuildResult Execute(BuildPlan plan, Action<BuiltDocument>? finished = null, CancellationToken stop = default)
    {
        var request = plan.Request;
        var built = new BuiltDocument[plan.Documents.Count];
        Parallel.For(0, plan.Documents.Count, Options(request), i =>
        {
            if (stop.IsCancellationRequested)
            {
                built[i] = Interrupted(plan.Documents[i]);
                return;
            }

            built[i] = Build(plan.Documents[i], request);
            finished?.Invoke(built[i]);
        });

        // Removed before the manifest is written: a build killed in between leaves the old manifest
        // listing files that are gone, which only makes the next build look for them again. A stopped
        // build leaves them, and their entries, for the next one.
        var interrupted = stop.IsCancellationRequested;
        var claimed = built.SelectMany(b => b.Entry.Outputs).Select(o => o.File).ToHashSet(StringComparer.Ordinal);
        var deleted = interrupted ? [] : StaleOutputs.Remove(plan.Orphans, request.OutputFolder, claimed);
        var entries = built.Select(b => b.Entry)
            .Concat(interrupted ? plan.Orphans : deleted.Where(d => d.Failure is not null).Select(d => d.Entry));
        var manifest = new BuildManifest(toolVersion, request.Formats, request.Shard, [.. entries]);
        string? manifestFailure = null;
        try
        {
            manifest.Write(request.OutputFolder);
        }
        catch (Exception exception) when (FileProblem.IsFileSystem(exception))
        {
            manifestFailure = FileProblem.Explain(exception);
        }

        return new BuildResult(manifest, built, deleted) { Interrupted = interrupted, ManifestFailure = manifestFailure };
    }

    private BuiltDocument Build(PlannedDocument document, BuildRequest request)
    {
        var diagnostics = document.Document.Report.Diagnostics.Count;
        switch (document.Action)
        {
            case BuildStatus.UpToDate:
                return new BuiltDocument(document, document.Previous! with
                {
                    SourceSha256 = document.SourceSha256,
                    Status = BuildStatus.UpToDate,
                    Diagnostics = diagnostics,
                    Check = document.Check,
                    Reads = document.Reads,
                }, [], null, string.Empty);
            case BuildStatus.Failed:
                return new BuiltDocument(document, Failed(document, diagnostics), [], null, string.Empty);
        }

        var (rendered, read) = DocumentReads.Recording(() => pipeline.Render(document.Document));

        // The templates may read more than the checks did (a report reads every progress file of its
        // roadmap): the fingerprint and the key then cover that too.
        var (fingerprint, check, reads) = (document.Fingerprint, document.Check, document.Reads);
        if (document.Render is { } inputs && inputs.Dependencies.Of(read, Path.GetFullPath(document.Document.Path)) is { IsEmpty: false } more)
        {
            reads = reads.With(more);
            var digest = inputs.Dependencies.Of(reads);
            fingerprint = inputs.Fingerprints.For(inputs.Document.Bytes, document.Document.Profile!.Id, digest);
            check = check is null ? null : check with { Key = inputs.Keys.For(inputs.Document.Source, inputs.Document.Sha256, digest) };
        }
        if (!rendered.Succeeded)
        {
            return new BuiltDocument(document, Failed(document, diagnostics + rendered.Diagnostics.Count), rendered.Diagnostics, null, rendered.Markup);
        }

        IReadOnlyList<PublishedFile> published;
        try
        {
            published = DocumentPipeline.Publish(pipeline.Write(rendered, request.Formats), request.OutputFolder);
        }
        catch (Exception exception) when (FileProblem.IsFileSystem(exception))
        {
            return new BuiltDocument(document, TrueToDisk(Failed(document, diagnostics), request.OutputFolder), [], FileProblem.Explain(exception), string.Empty);
        }

        var outputs = published
            .Select(f => new ManifestOutput(f.Format, Path.GetFileName(f.Path), f.Sha256, f.Bytes, f.Pages))
            .ToList();
        var entry = new ManifestEntry(document.Source, document.SourceSha256, fingerprint, BuildStatus.Rendered,
            diagnostics + rendered.Diagnostics.Count, outputs) { Check = check, Reads = reads };
        return new BuiltDocument(document, entry, rendered.Diagnostics, null, rendered.Markup);
    }

    // A failed roadmap keeps pointing at its last good documents, which stay on disk untouched.
    private static ManifestEntry Failed(PlannedDocument document, int diagnostics) =>
        new(document.Source, document.SourceSha256, document.Previous?.Fingerprint, BuildStatus.Failed, diagnostics,
            document.Previous?.Outputs ?? []);

    // A document the build did not get to: the previous entry still describes its files.
    private static BuiltDocument Interrupted(PlannedDocument document) =>
        new(document, (document.Previous ?? new ManifestEntry(document.Source, document.SourceSha256, null, BuildStatus.Interrupted, 0, []))
            with { Status = BuildStatus.Interrupted }, [], null, string.Empty);

    // After a failed write the manifest lists only the files that are still as it recorded them; if one
    // is not, the fingerprint goes too, so the next build renders the document again.
    private static ManifestEntry TrueToDisk(ManifestEntry entry, string outputFolder)
    {
        var intact = entry.Outputs.Where(output => ReadOrNull(Path.Combine(outputFolder, output.File)) is { } bytes && output.Describes(bytes)).ToList();
        return intact.Count == entry.Outputs.Count ? entry : entry with { Outputs = intact, Fingerprint = null };
    }

    private static bool OutputsIntact(ManifestEntry entry, BuildRequest request) =>
        request.Formats.All(format => entry.Outputs.Any(output =>
            output.Format == format &&
            ReadOrNull(Path.Combine(request.OutputFolder, output.File)) is { } bytes &&
            output.Describes(bytes)));

    // Only a roadmap that is truly gone loses its documents: one merely left out by --roadmaps is not.
    private static bool IsGone(string source, BuildRequest request) =>
        !File.Exists(Path.Combine(request.SourceRoot, source));

    private static byte[] ReadOrEmpty(string path) => ReadOrNull(path) ?? [];

    private static byte[]? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ParallelOptions Options(BuildRequest request) => new() { MaxDegreeOfParallelism = Math.Max(1, request.Jobs) };
}
