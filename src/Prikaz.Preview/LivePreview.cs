using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Prikaz.Diagnostics;
using Prikaz.Loading;

namespace Prikaz.Preview;

/// <summary>
/// The preview's one piece of state: renders the document again whenever its sources change, one
/// refresh at a time (changes that arrive meanwhile are taken together), and lets any number of
/// readers wait for the next version.
/// </summary>
internal sealed class LivePreview
{
    private readonly PreviewOptions options;
    private readonly LoadedDocument? earlierEdition;
    private readonly ReadOnlyMemory<byte> fileIdentifier;
    private readonly Channel<ChangedSources> changes = Channel.CreateUnbounded<ChangedSources>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock publishing = new();
    private TaskCompletionSource<PreviewState> next = NewSignal();
    private volatile PreviewState? state;
    private RenderPass? pass;

    /// <param name="earlierEdition">The earlier edition (a git revision's), or null.</param>
    public LivePreview(PreviewOptions options, LoadedDocument? earlierEdition)
    {
        this.options = options;
        this.earlierEdition = earlierEdition;
        FullPath = Path.GetFullPath(options.Document);

        // PREVIEW.md: PDF viewers recognise a document by its /ID and keep the reader's place only while
        // it stays the same, so it comes from the file's path, not from the content that changes.
        fileIdentifier = SHA256.HashData(Encoding.UTF8.GetBytes(FullPath)).AsMemory(0, 16);
    }

    /// <summary>The document file's full path.</summary>
    public string FullPath { get; }

    /// <summary>The latest state; there is one once <see cref="Refresh(ChangedSources)"/> has run.</summary>
    public PreviewState State => state ?? throw new InvalidOperationException("The preview has not rendered yet.");

    /// <summary>
    /// Renders the document again now, on the caller's thread, and publishes the next state: the first
    /// render before the server answers, then every refresh of <see cref="RunAsync"/>.
    /// </summary>
    public PreviewState Refresh(ChangedSources changed)
    {
        var clock = Stopwatch.StartNew();
        var previous = state;
        var version = (previous?.Version ?? 0) + 1;

        // A fresh pipeline whenever a template, profile or font changed, so they are read again; a save of
        // the document alone keeps the templates already parsed.
        if (pass is null || changed.HasFlag(ChangedSources.Templates))
        {
            pass = new RenderPass(options.TemplateLayers, fileIdentifier);
        }

        var through = pass;
        var outcome = Guarded(() => through.RenderFile(options.Document, version), options.Document);

        var earlier = previous?.Earlier;
        if (earlierEdition is not null && options.FromRevision is { } revision && (earlier is null || changed.HasFlag(ChangedSources.Templates)))
        {
            earlier = new EarlierEdition(revision, Guarded(() => through.RenderLoaded(earlierEdition, options.Document, version), earlierEdition.Path));
        }

        var current = outcome.Rendering ?? previous?.Current;

        // The marks belong to the rendering on the page: a failed render keeps the previous ones.
        var marks = outcome.Rendering is null ? previous?.Marks ?? EditionMarks.None : EditionMarks.None;
        if (options.Marker is { } marker && earlier?.Outcome.Rendering is { } then && outcome.Rendering is { } now)
        {
            try
            {
                marks = marker(then.Checked, now.Checked);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The panes are still worth showing without the marks.
                options.Log?.Invoke($"версия {version}: редакции не удалось сравнить: {exception.Message}");
            }
        }

        var fresh = new PreviewState(version, current, outcome.Diagnostics, clock.Elapsed, earlier, marks);
        Publish(fresh);
        options.Log?.Invoke(Describe(fresh, outcome));
        return fresh;
    }

    /// <summary>Asks for a refresh; the loop in <see cref="RunAsync"/> does it.</summary>
    public void Changed(ChangedSources changed) => changes.Writer.TryWrite(changed);

    /// <summary>Refreshes after each change until <paramref name="stopping"/>.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (await changes.Reader.WaitToReadAsync(stopping))
            {
                var changed = ChangedSources.None;
                while (changes.Reader.TryRead(out var one))
                {
                    changed |= one;
                }

                Refresh(changed);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>The first state newer than <paramref name="version"/>, as soon as there is one.</summary>
    public async Task<PreviewState> NextAsync(int version, CancellationToken cancellation)
    {
        while (true)
        {
            Task<PreviewState> signal;
            lock (publishing)
            {
                if (state is { } known && known.Version > version)
                {
                    return known;
                }

                signal = next.Task;
            }

            await signal.WaitAsync(cancellation);
        }
    }

    private void Publish(PreviewState fresh)
    {
        TaskCompletionSource<PreviewState> waiting;
        lock (publishing)
        {
            state = fresh;
            waiting = next;
            next = NewSignal();
        }

        waiting.SetResult(fresh);
    }

    // The pipeline reports bad input as diagnostics; anything else must not stop the server either.
    private static EditionOutcome Guarded(Func<EditionOutcome> render, string file)
    {
        try
        {
            return render();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new EditionOutcome(null, [new Diagnostic(file, 0, 0, Severity.Error, string.Empty, $"непредвиденная ошибка при сборке: {exception.Message}")]);
        }
    }

    private static string Describe(PreviewState fresh, EditionOutcome outcome)
    {
        var milliseconds = ((long)fresh.Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        if (outcome.Rendering is not null)
        {
            return $"версия {fresh.Version}: собрано за {milliseconds} мс" +
                   (fresh.WarningCount > 0 ? $", предупреждений: {fresh.WarningCount}" : string.Empty);
        }

        var kept = fresh.Current is { } shown ? $"на странице остаётся версия {shown.Version}" : "страница пока пуста";
        return $"версия {fresh.Version}: ошибок {fresh.ErrorCount} — {kept}";
    }

    private static TaskCompletionSource<PreviewState> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
