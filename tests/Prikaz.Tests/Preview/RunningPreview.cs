using Prikaz.Preview;

namespace Prikaz.Tests.Preview;

/// <summary>A preview server hosted in the test process on a free loopback port, with a client for it.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private RunningPreview(PreviewServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public PreviewServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<RunningPreview> StartAsync(string document, IReadOnlyList<string>? layers = null, string? fromRevision = null, EditionMarker? marker = null) =>
        new(await PreviewServer.StartAsync(new PreviewOptions(document, layers ?? [PreviewFolder.Templates])
        {
            Port = 0,
            FromRevision = fromRevision,
            Marker = marker,
        }));

    public Task<PreviewEvents> EventsAsync() => PreviewEvents.OpenAsync(Client);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
