namespace Prikaz.Preview;

/// <summary>
/// Watches the document file and every template layer, and reports a change once the files have been
/// quiet for the debounce time: an editor's save is several events (a temporary file written, the old
/// file deleted or replaced by a rename), and one render after the last of them is enough.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Action<ChangedSources> changed;
    private readonly TimeSpan debounce;
    private readonly Timer quiet;
    private readonly Lock gathering = new();
    private readonly string documentName;
    private ChangedSources pending;

    public SourceWatcher(string documentPath, IEnumerable<string> templateLayers, TimeSpan debounce, Action<ChangedSources> changed)
    {
        this.changed = changed;
        this.debounce = debounce;
        quiet = new Timer(_ => Flush());
        var full = Path.GetFullPath(documentPath);
        documentName = Path.GetFileName(full);

        try
        {
            // The folder, not the file: a save by rename replaces the file a watcher on it would follow.
            Watch(Path.GetDirectoryName(full)!, recursive: false, ChangedSources.Document);
            foreach (var layer in templateLayers.Where(Directory.Exists))
            {
                Watch(layer, recursive: true, ChangedSources.Templates);
            }
        }
        catch (IOException exception)
        {
            // Linux limits how many folders a user may watch (fs.inotify.max_user_instances, …_watches).
            Dispose();
            throw new PreviewStartException($"не удалось следить за изменениями файлов: {exception.Message}", exception);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        quiet.Dispose();
    }

    private void Watch(string folder, bool recursive, ChangedSources source)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        FileSystemEventHandler onChange = (_, e) =>
        {
            if (source != ChangedSources.Document || e.Name == documentName)
            {
                Signal(source);
            }
        };
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, e) =>
        {
            if (source != ChangedSources.Document || e.Name == documentName || e.OldName == documentName)
            {
                Signal(source);
            }
        };

        // Too many events at once overflow the watcher's buffer: render everything again.
        watcher.Error += (_, _) => Signal(ChangedSources.All);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    private void Signal(ChangedSources source)
    {
        lock (gathering)
        {
            pending |= source;
            quiet.Change(debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        ChangedSources taken;
        lock (gathering)
        {
            taken = pending;
            pending = ChangedSources.None;
        }

        if (taken != ChangedSources.None)
        {
            changed(taken);
        }
    }
}
