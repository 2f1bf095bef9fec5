using System.Net;
using System.Text;

namespace Prikaz.Tests.Preview;

/// <summary>
/// The preview's URL space is a fixed set of routes answered from memory: nothing a URL says reaches
/// the file system, requests for other hosts are refused, downloads are the pipeline's own documents.
/// </summary>
public sealed class PreviewRouteTests
{
    public static TheoryData<string> PathsThatClimbOut() => new()
    {
        "/../../etc/passwd",
        "/%2e%2e/",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/static/../x",
        "/document/../secret.txt",
        "/..%2fsecret.txt",
        "/..\\..\\etc\\passwd",
        "/./document",
        "/etc/passwd",
        "/secret.txt",
        "/chelyabinsk-2020-shnor.yaml",
        "/templates/order.sbn",
        "/download/../../secret.txt",
        "//etc/passwd",
    };

    [Theory]
    [MemberData(nameof(PathsThatClimbOut))]
    public async Task A_path_outside_the_routes_gets_404_and_nothing_from_disk(string target)
    {
        using var folder = new PreviewFolder();
        File.WriteAllText(Path.Combine(folder.Root, "secret.txt"), "СЕКРЕТ-7f3a");
        await using var preview = await RunningPreview.StartAsync(folder.Document);

        var (status, response) = await RawHttp.GetAsync(preview.Server.Address, target);

        Assert.Equal(404, status);
        Assert.Contains("Нет такой страницы", response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("СЕКРЕТ-7f3a", response, StringComparison.Ordinal);
        Assert.DoesNotContain("authority:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_routes_answer_the_page_the_document_and_its_downloads()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);
        var client = preview.Client;

        var page = await client.GetStringAsync("/");
        Assert.Contains("<title>Об утверждении «дорожной карты»", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Скачать DOCX", page, StringComparison.Ordinal);

        var document = await client.GetAsync("/document");
        Assert.Equal("1", document.Headers.GetValues("X-Prikaz-Version").Single());
        var html = await document.Content.ReadAsStringAsync();
        Assert.Contains("data-source=\"/roadmap/sections/0/items/0/activity\"", html, StringComparison.Ordinal);
        Assert.Contains("no-store", document.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", document.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var docx = await client.GetAsync("/download/docx");
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("chelyabinsk-2020-shnor.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);

        var pdf = await client.GetAsync("/pdf");
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("application/pdf", (await client.GetAsync("/download/pdf")).Content.Headers.ContentType?.MediaType);

        // Without --from there is no earlier edition, and no page for it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/earlier")).StatusCode);
    }

    [Fact]
    public async Task A_request_addressed_to_another_host_is_refused()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);

        var (status, response) = await RawHttp.GetAsync(preview.Server.Address, "/document", host: "attacker.example");
        var (localStatus, _) = await RawHttp.GetAsync(preview.Server.Address, "/document", host: $"localhost:{preview.Server.Address.Port}");

        Assert.Equal(400, status);
        Assert.DoesNotContain("data-source", response, StringComparison.Ordinal);
        Assert.Equal(200, localStatus);
    }

    [Fact]
    public async Task The_server_listens_on_the_loopback_only()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);

        Assert.Equal("127.0.0.1", preview.Server.Address.Host);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await preview.Client.PostAsync("/document", new StringContent("x", Encoding.UTF8))).StatusCode);
    }

    [Fact]
    public async Task A_click_finds_the_yaml_line_of_a_cell()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);
        var lines = File.ReadAllLines(folder.Document);

        var answer = System.Text.Json.JsonDocument.Parse(
            await preview.Client.GetStringAsync("/source?pointer=" + Uri.EscapeDataString("/roadmap/sections/0/items/1/deadline"))).RootElement;

        var line = answer.GetProperty("line").GetInt32();
        Assert.Contains("deadline:", lines[line - 1], StringComparison.Ordinal);
        Assert.Equal($"vscode://file/{folder.Document.TrimStart('/')}:{line}:{answer.GetProperty("column").GetInt32()}", answer.GetProperty("editorLink").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Client.GetAsync("/source?pointer=..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }
}
