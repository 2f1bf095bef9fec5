using System.Net;
using System.Net.Sockets;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Preview;

/// <summary><c>prikaz preview</c>'s mistakes of use: a clear Russian line and exit code 2, never a server.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "prikaz-no-such-" + Guid.NewGuid().ToString("N") + ".yaml");

        var run = CliRun.Of("preview", missing, "--no-browser", "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"prikaz: файл «{missing}» не найден\n", run.Error);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public void A_port_outside_the_range_is_a_usage_error(string port)
    {
        var run = CliRun.Of("preview", Path.Combine(CliRun.Roadmaps, "chelyabinsk-2020-shnor.yaml"), "--port", port, "--no-browser");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("порт — число от 0 до 65535", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_port_is_named_and_nothing_listens()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var run = CliRun.Of("preview", Path.Combine(CliRun.Roadmaps, "chelyabinsk-2020-shnor.yaml"), "--port", port, "--no-browser", "--templates", CliRun.Templates);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"prikaz: порт {port} на 127.0.0.1 занят другой программой", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Предпросмотр", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void The_help_is_russian_with_an_example()
    {
        var run = CliRun.Of("preview", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Пример: prikaz preview roadmaps/chelyabinsk-2020-shnor.yaml", run.Out, StringComparison.Ordinal);
        Assert.Contains("--no-browser", run.Out, StringComparison.Ordinal);
        Assert.Contains("--from", run.Out, StringComparison.Ordinal);
    }
}
