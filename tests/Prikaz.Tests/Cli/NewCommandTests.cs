namespace Prikaz.Tests.Cli;

/// <summary><c>prikaz new</c>: a draft that validates, never overwritten by accident, only from a real profile.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-new-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Draft_validates_with_no_errors()
    {
        var target = Path.Combine(folder, "my-order.yaml");

        var created = CliRun.Of("new", target, "--authority", "chelyabinsk-minobr", "--date", "2024-05-01", "--templates", CliRun.Templates);
        var validated = CliRun.Of("validate", target, "--templates", CliRun.Templates);

        Assert.True(created.ExitCode == 0, created.All);
        Assert.Contains("authority: chelyabinsk-minobr", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Contains("2024-05-01", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.True(validated.ExitCode == 0, validated.All);
        Assert.Contains("Проверено 1 файл: 0 ошибок", validated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Existing_file_is_not_overwritten_without_force()
    {
        var target = Path.Combine(folder, "existing.yaml");
        File.WriteAllText(target, "# mine\n");

        var refused = CliRun.Of("new", target, "--authority", "chelyabinsk-minobr", "--date", "2024-05-01", "--templates", CliRun.Templates);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("# mine\n", File.ReadAllText(target));

        var forced = CliRun.Of("new", target, "--authority", "chelyabinsk-minobr", "--date", "2024-05-01", "--templates", CliRun.Templates, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("authority: chelyabinsk-minobr", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("no-such-authority")]
    public void Authority_without_a_profile_is_refused(string authority)
    {
        var target = Path.Combine(folder, "x.yaml");

        var run = CliRun.Of("new", target, "--authority", authority, "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"нет профиля органа власти «{authority}»", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Malformed_date_is_refused()
    {
        var target = Path.Combine(folder, "x.yaml");

        var run = CliRun.Of("new", target, "--authority", "chelyabinsk-minobr", "--date", "01.05.2024", "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(target));
    }
}
