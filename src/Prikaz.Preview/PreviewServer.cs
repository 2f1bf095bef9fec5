using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Prikaz.Amendments;
using Prikaz.Loading;

namespace Prikaz.Preview;

/// <summary>
/// <c>prikaz preview</c>: a web server on 127.0.0.1 (Kestrel) that shows one document as the HTML
/// writer renders it, with its PDF and DOCX, and renders it again in memory whenever the document, its
/// templates or its profile change on disk, pushing each version to the page as a server-sent event.
/// It writes nothing to disk. Dispose it to stop.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication app;
    private readonly SourceWatcher watcher;
    private readonly CancellationTokenSource stopping;
    private readonly Task refreshing;

    private PreviewServer(WebApplication app, SourceWatcher watcher, CancellationTokenSource stopping, Task refreshing, Uri address)
    {
        this.app = app;
        this.watcher = watcher;
        this.stopping = stopping;
        this.refreshing = refreshing;
        Address = address;
    }

    /// <summary>The page's address, e.g. <c>http://127.0.0.1:5170/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Renders the document once, starts listening and watching. Throws <see cref="PreviewStartException"/>
    /// (a Russian message) when the port is taken or the earlier edition cannot be read.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancellation = default)
    {
        var live = new LivePreview(options, options.FromRevision is { } revision ? Earlier(options.Document, revision) : null);
        var stopping = new CancellationTokenSource();

        // Watch before the first render, so a save during it is not missed.
        var watcher = new SourceWatcher(options.Document, options.TemplateLayers, options.Debounce, live.Changed);
        WebApplication? app = null;
        try
        {
            live.Refresh(ChangedSources.All);
            app = Build(options.Port, new PreviewRoutes(live, options, stopping.Token));
            await app.StartAsync(cancellation);
        }
        catch (Exception exception) when (exception is IOException { InnerException: AddressInUseException } or AddressInUseException)
        {
            await Abandon(app, watcher, stopping);
            throw new PreviewStartException(
                $"порт {options.Port} на 127.0.0.1 занят другой программой (может быть, уже открыт другой предпросмотр); укажите другой: --port {options.Port + 1}, или --port 0 — любой свободный",
                exception);
        }
        catch
        {
            await Abandon(app, watcher, stopping);
            throw;
        }

        var address = app.Urls.First();
        var refreshing = live.RunAsync(stopping.Token);
        return new PreviewServer(app, watcher, stopping, refreshing, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops watching, ends the open event streams and the server.</summary>
    public async ValueTask DisposeAsync()
    {
        watcher.Dispose();
        await stopping.CancelAsync();
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await app.StopAsync(timeout.Token);
        }

        await app.DisposeAsync();
        await refreshing;
        stopping.Dispose();
    }

    // The edition in git is read once: a revision does not change while the preview runs.
    private static LoadedDocument Earlier(string document, string revision)
    {
        try
        {
            return GitRevisions.Load(document, revision);
        }
        catch (GitRevisionException exception)
        {
            throw new PreviewStartException(exception.Message, exception);
        }
    }

    private static WebApplication Build(int port, PreviewRoutes routes)
    {
        // The empty builder: Kestrel and routing only — no configuration files, no logging, nothing read
        // from the current folder or written anywhere.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.AddRoutingCore();

        // A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding) must not read
        // the document: only requests addressed to the loopback by name or number are answered.
        builder.Services.AddHostFiltering(filtering => filtering.AllowedHosts = ["127.0.0.1", "localhost"]);

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseRouting();
        app.Use((context, next) => context.GetEndpoint() is null || PreviewRoutes.ClimbsUp(context) ? PreviewRoutes.NotFound(context) : next(context));
        routes.Map(app);
        return app;
    }

    private static async Task Abandon(WebApplication? app, SourceWatcher watcher, CancellationTokenSource stopping)
    {
        watcher.Dispose();
        stopping.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
