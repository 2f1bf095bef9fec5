using System.Text.Json;

namespace Prikaz.Tests.Preview;

/// <summary>The page's event stream (<c>/events</c>) read as a browser would, one <c>state</c> event at a time.</summary>
internal sealed class PreviewEvents : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private PreviewEvents(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<PreviewEvents> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new PreviewEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next state event that satisfies <paramref name="wanted"/>; fails the test after 20 s.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream ended");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "state")
            {
                var state = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                if (wanted(state))
                {
                    return state;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        await Task.CompletedTask;
    }
}
