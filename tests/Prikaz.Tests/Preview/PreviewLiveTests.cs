using System.Net;
using System.Net.Sockets;
using System.Text;
using Prikaz.Preview;

namespace Prikaz.Tests.Preview;

/// <summary>
/// A save on disk becomes a new version pushed to the page; errors keep the last good rendering and
/// are listed with file:line:col; templates are read again; the PDF keeps its /ID; a stopped server
/// leaves nothing behind.
/// </summary>
public sealed class PreviewLiveTests
{
    private const string Activity = "Индивидуальные консультации";

    [Fact]
    public async Task A_save_is_pushed_as_the_next_version_and_the_page_shows_it()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);
        await using var events = await preview.EventsAsync();
        var first = await events.NextAsync(_ => true);
        Assert.Equal(1, first.GetProperty("rendered").GetInt32());
        Assert.Equal(0, first.GetProperty("errors").GetInt32());

        var text = File.ReadAllText(folder.Document);
        Assert.Contains(Activity, text, StringComparison.Ordinal);
        folder.Save(text.Replace(Activity, "Правка из теста — консультации", StringComparison.Ordinal));
        var next = await events.NextAsync(state => state.GetProperty("rendered").GetInt32() > 1);

        var document = await preview.Client.GetAsync("/document");
        Assert.Equal(next.GetProperty("rendered").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), document.Headers.GetValues("X-Prikaz-Version").Single());
        Assert.Contains("Правка из теста — консультации", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_file_has_errors_the_last_good_rendering_stays_and_the_errors_name_their_line()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);
        await using var events = await preview.EventsAsync();
        await events.NextAsync(_ => true);
        var good = File.ReadAllText(folder.Document);
        var lines = good.Split('\n').ToList();
        var at = lines.FindIndex(line => line.Contains("- activity: " + Activity, StringComparison.Ordinal));
        var indent = new string(' ', lines[at].IndexOf("activity:", StringComparison.Ordinal));
        lines.Insert(at + 1, indent + "неизвестное_поле: да");

        folder.Save(string.Join('\n', lines));
        var broken = await events.NextAsync(state => state.GetProperty("errors").GetInt32() > 0);

        Assert.Equal(1, broken.GetProperty("rendered").GetInt32());
        var error = broken.GetProperty("diagnostics")[0];
        Assert.Equal($"{folder.Document}:{at + 2}:{indent.Length + 1}", error.GetProperty("location").GetString());
        Assert.Equal("PRK120", error.GetProperty("code").GetString());
        Assert.Contains("неизвестное поле", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(Activity, await preview.Client.GetStringAsync("/document"), StringComparison.Ordinal);

        folder.Save(good);
        var fixedState = await events.NextAsync(state => state.GetProperty("errors").GetInt32() == 0);
        Assert.True(fixedState.GetProperty("rendered").GetInt32() > 1);
    }

    [Fact]
    public async Task An_edited_template_is_read_again()
    {
        using var folder = new PreviewFolder();
        var layer = Path.Combine(folder.Root, "templates");
        Directory.CreateDirectory(layer);
        File.Copy(Path.Combine(PreviewFolder.Templates, "appendix.sbn"), Path.Combine(layer, "appendix.sbn"));
        await using var preview = await RunningPreview.StartAsync(folder.Document, [layer, PreviewFolder.Templates]);
        await using var events = await preview.EventsAsync();
        await events.NextAsync(_ => true);

        var appendix = Path.Combine(layer, "appendix.sbn");
        File.WriteAllText(appendix, File.ReadAllText(appendix).Replace(
            "{{~ include 'partials/roadmap-table.sbn' ~}}",
            "    <p style=\"normal\">Шаблон изменён во время предпросмотра</p>\n{{~ include 'partials/roadmap-table.sbn' ~}}",
            StringComparison.Ordinal));
        await events.NextAsync(state => state.GetProperty("rendered").GetInt32() > 1);

        Assert.Contains("Шаблон изменён во время предпросмотра", await preview.Client.GetStringAsync("/document"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_keeps_its_file_identifier_when_the_content_changes()
    {
        using var folder = new PreviewFolder();
        await using var preview = await RunningPreview.StartAsync(folder.Document);
        await using var events = await preview.EventsAsync();
        await events.NextAsync(_ => true);
        var before = await preview.Client.GetByteArrayAsync("/pdf");

        folder.Save(File.ReadAllText(folder.Document).Replace(Activity, "Другой текст мероприятия", StringComparison.Ordinal));
        await events.NextAsync(state => state.GetProperty("rendered").GetInt32() > 1);
        var after = await preview.Client.GetByteArrayAsync("/pdf");

        Assert.NotEqual(before, after);
        var id = FileIdentifier(before);
        Assert.Matches("^/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]>>$", id);
        Assert.Equal(id, FileIdentifier(after));
    }

    [Fact]
    public async Task A_port_in_use_is_reported_in_russian()
    {
        using var folder = new PreviewFolder();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var problem = await Assert.ThrowsAsync<PreviewStartException>(() =>
                PreviewServer.StartAsync(new PreviewOptions(folder.Document, [PreviewFolder.Templates]) { Port = port }));

            Assert.Contains($"порт {port} на 127.0.0.1 занят", problem.Message, StringComparison.Ordinal);
            Assert.Contains("--port 0", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_stopped_server_leaves_no_file_and_no_listener_behind()
    {
        using var folder = new PreviewFolder();
        var before = folder.Files();
        var preview = await RunningPreview.StartAsync(folder.Document);
        await using (var events = await preview.EventsAsync())
        {
            await events.NextAsync(_ => true);
            await preview.Client.GetByteArrayAsync("/download/pdf");
            await preview.Client.GetByteArrayAsync("/download/docx");

            // An open event stream must not hold the stop up.
            var stopping = preview.DisposeAsync().AsTask();
            Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10))));
        }

        Assert.Equal(before, folder.Files());
        using var probe = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, preview.Server.Address.Port));
    }

    private static string FileIdentifier(byte[] pdf)
    {
        var text = Encoding.ASCII.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        return trailer.Split('\n').Single(line => line.StartsWith("/ID", StringComparison.Ordinal));
    }
}
