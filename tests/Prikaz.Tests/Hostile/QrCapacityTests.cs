using System.Text.Json;
using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Hostile;

/// <summary>
/// Issue 8, case 3: a QR code longer than the standard allows crashed the whole build (exit 2, no
/// manifest). Validate reports it at the field that made it too long; build fails that document only.
/// </summary>
public sealed class QrCapacityTests : IDisposable
{
    private readonly HostileFolder folder = new();

    public QrCapacityTests()
    {
        var profile = Path.Combine(folder.Templates, "authorities", "chelyabinsk-minobr.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("gostEdition: 2016", "gostEdition: 2025\nqrCode: https://example.org/orders/{number}", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Order_number_too_long_for_the_qr_code_is_an_error_of_validate_at_the_number()
    {
        var line = LongNumber();

        var run = CliRun.Of("validate", folder.Seed, "--templates", folder.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Seed}:{line}:11: error PRK240: номер приказа, подставленный в QR-код", run.Out, StringComparison.Ordinal);
        Assert.Contains("а QR-код вмещает не больше 2331", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_qr_code_too_long_is_an_error_of_validate_at_its_line()
    {
        var profile = Path.Combine(folder.Templates, "authorities", "chelyabinsk-minobr.yaml");
        var text = File.ReadAllText(profile).Replace("https://example.org/orders/{number}", "https://example.org/" + new string('x', 3000), StringComparison.Ordinal);
        File.WriteAllText(profile, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("qrCode:", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("validate", folder.Seed, "--templates", folder.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"authorities/chelyabinsk-minobr.yaml:{line}:9: error PRK240: qrCode профиля слишком длинный", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_a_qr_code_too_long_fails_only_that_document_and_writes_the_manifest()
    {
        LongNumber();
        var output = Path.Combine(folder.Root, "output");

        var run = CliRun.Of("build", "--roadmaps", folder.Roadmaps, "--templates", folder.Templates, "--to", "html", "-o", output);

        Assert.Equal(1, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("error PRK240", run.Error, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(output, "amur-2020-shnor.html")));
        Assert.False(File.Exists(Path.Combine(output, "chelyabinsk-2020-shnor.html")));
    }

    // The seed's number made 1,500 letters (3,000 bytes) long: digits would fit, QR has a compact mode for them; returns its line.
    private int LongNumber()
    {
        var lines = File.ReadAllLines(folder.Seed).ToList();
        var line = lines.FindIndex(l => l.StartsWith("  number:", StringComparison.Ordinal));
        lines[line] = "  number: \"" + new string('Ж', 1500) + "\"";
        File.WriteAllLines(folder.Seed, lines);
        return line + 1;
    }
}
