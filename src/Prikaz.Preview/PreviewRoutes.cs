using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Prikaz.Diagnostics;

namespace Prikaz.Preview;

/// <summary>
/// The preview's whole URL space: a fixed list of routes, each answering from memory. No part of a URL
/// is ever used as a path, so <c>/../../etc/passwd</c> or <c>/%2e%2e/</c> meet the «no such page» answer
/// and nothing on disk.
/// </summary>
internal sealed class PreviewRoutes(LivePreview live, PreviewOptions options, CancellationToken stopping)
{
    private const string DocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
    private const string PagePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (RequestDelegate)Page);
        routes.MapGet("/preview.js", (RequestDelegate)(context => Send(context, PreviewPage.Script, "text/javascript; charset=utf-8")));
        routes.MapGet("/preview.css", (RequestDelegate)(context => Send(context, PreviewPage.Stylesheet, "text/css; charset=utf-8")));
        routes.MapGet("/document", (RequestDelegate)(context => Document(context, live.State.Current)));
        routes.MapGet("/earlier", (RequestDelegate)(context => options.FromRevision is null ? NotFound(context) : Document(context, live.State.Earlier?.Outcome.Rendering)));
        routes.MapGet("/pdf", (RequestDelegate)(context => Download(context, "pdf", attachment: false)));
        routes.MapGet("/download/pdf", (RequestDelegate)(context => Download(context, "pdf", attachment: true)));
        routes.MapGet("/download/docx", (RequestDelegate)(context => Download(context, "docx", attachment: true)));
        routes.MapGet("/events", (RequestDelegate)Events);
        routes.MapGet("/source", (RequestDelegate)Source);
    }

    /// <summary>Every other request.</summary>
    public static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Send(context, Encoding.UTF8.GetBytes("Нет такой страницы: предпросмотр показывает только свой документ.\n"), "text/plain; charset=utf-8");
    }

    /// <summary>
    /// True when the request's own target has a «.» or «..» segment, written out or percent-encoded
    /// (<c>/%2e%2e/</c>). Kestrel resolves them before routing, so <c>/%2e%2e/</c> would reach the page;
    /// no address of the preview has them, and such a request is answered as a page that does not exist.
    /// </summary>
    public static bool ClimbsUp(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var path = target.Split('?', 2)[0];
        return Uri.UnescapeDataString(path).Split('/', '\\').Any(segment => segment is "." or "..");
    }

    private Task Page(HttpContext context)
    {
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        var state = live.State;
        var title = state.Current?.Title ?? Path.GetFileName(options.Document);
        return Send(context, PreviewPage.For(title, options.Document, options.FromRevision), "text/html; charset=utf-8");
    }

    private static Task Document(HttpContext context, EditionRendering? rendering)
    {
        context.Response.Headers.ContentSecurityPolicy = DocumentPolicy;
        context.Response.Headers["X-Prikaz-Version"] = (rendering?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Send(context, rendering?.Html ?? PreviewPage.Empty, "text/html; charset=utf-8");
    }

    private Task Download(HttpContext context, string format, bool attachment)
    {
        if (live.State.Current is not { } rendering)
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return Send(context, Encoding.UTF8.GetBytes("Документ ещё не собран: исправьте ошибки в файле.\n"), "text/plain; charset=utf-8");
        }

        var (bytes, type) = format == "pdf"
            ? (rendering.Pdf, "application/pdf")
            : (rendering.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var disposition = new ContentDispositionHeaderValue(attachment ? "attachment" : "inline");
        disposition.SetHttpFileName(Path.GetFileNameWithoutExtension(options.Document) + "." + format);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return Send(context, bytes, type);
    }

    private async Task Events(HttpContext context)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = ended.Token;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            // The page reconnects a second after a lost connection and then gets the current state at once.
            await Write(context, "retry: 1000\n\n", token);
            var state = live.State;
            while (true)
            {
                var message = JsonSerializer.Serialize(Message(state), PreviewJson.Default.StateMessage);
                await Write(context, $"id: {state.Version}\nevent: state\ndata: {message}\n\n", token);
                var next = live.NextAsync(state.Version, token);
                while (await Task.WhenAny(next, Task.Delay(KeepAlive, token)) != next)
                {
                    await Write(context, ": ещё здесь\n\n", token);
                }

                state = await next;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The page went away, or the server stops.
        }
    }

    private Task Source(HttpContext context)
    {
        var pointer = context.Request.Query["pointer"].ToString();
        var earlier = context.Request.Query["edition"] == "earlier";
        var rendering = earlier ? live.State.Earlier?.Outcome.Rendering : live.State.Current;
        if (rendering is null || !pointer.StartsWith('/') || pointer.Length > 1000)
        {
            return NotFound(context);
        }

        var position = rendering.Map.Locate(pointer);
        var answer = new SourceAnswer(
            pointer,
            earlier ? $"{options.FromRevision}:{options.Document}" : options.Document,
            position.Line,
            position.Column,
            earlier ? null : EditorLinks.VsCode(live.FullPath, position.Line, position.Column));
        return Send(context, JsonSerializer.SerializeToUtf8Bytes(answer, PreviewJson.Default.SourceAnswer), "application/json");
    }

    private StateMessage Message(PreviewState state) => new(
        state.Version,
        state.Current?.Version,
        state.Current?.Title ?? Path.GetFileName(options.Document),
        options.Document,
        state.ErrorCount,
        state.WarningCount,
        (long)state.Elapsed.TotalMilliseconds,
        Diagnostics(state.Diagnostics),
        state.Earlier is { } earlier ? new EarlierMessage(earlier.Revision, earlier.Outcome.Rendering?.Version, Diagnostics(earlier.Outcome.Diagnostics)) : null,
        new MarksMessage(Words(state.Marks.Earlier), Words(state.Marks.Current)));

    // Errors first, then warnings, each in file order: the overlay leads with what stops the render.
    private static List<DiagnosticMessage> Diagnostics(IReadOnlyList<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Severity == Severity.Error ? 0 : 1)
        .Select(d =>
        {
            var location = d.Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.File}:{d.Line}:{d.Column}") : d.File;
            var link = File.Exists(d.File) ? EditorLinks.VsCode(Path.GetFullPath(d.File), d.Line, d.Column) : null;
            return new DiagnosticMessage(location, d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, link);
        })
        .ToList();

    private static Dictionary<string, string> Words(IReadOnlyDictionary<string, EditionMark> marks) =>
        marks.ToDictionary(pair => pair.Key, pair => pair.Value.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static async Task Write(HttpContext context, string text, CancellationToken token)
    {
        await context.Response.WriteAsync(text, token);
        await context.Response.Body.FlushAsync(token);
    }

    private static Task Send(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
