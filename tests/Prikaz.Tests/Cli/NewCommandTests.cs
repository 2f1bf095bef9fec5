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

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2024-03-15")]
    [InlineData("2024-04-30")]
    [InlineData("2024-05-31")]
    [InlineData("2024-06-30")]
    [InlineData("2024-07-01")]
    [InlineData("2024-08-31")]
    [InlineData("2024-09-30")]
    [InlineData("2024-10-31")]
    [InlineData("2024-11-30")]
    [InlineData("2024-12-31")]
    [InlineData("2025-12-01")]
    public void Regression_a_draft_made_after_march_warned_that_its_deadline_was_before_the_order(string date)
    {
        var target = Path.Combine(folder, "draft.yaml");

        var created = CliRun.Of("new", target, "--date", date, "--templates", CliRun.Templates);
        var validated = CliRun.Of("validate", target, "--templates", CliRun.Templates, "--fail-on-warnings");

        Assert.True(created.ExitCode == 0, created.All);
        Assert.True(validated.ExitCode == 0, validated.All + File.ReadAllText(target));
        Assert.Contains("Проверено 1 файл: 0 ошибок, 0 предупреждений.", validated.Out, StringComparison.Ordinal);
        Assert.Contains("date: " + date, File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_in_an_empty_folder_gets_the_schema_its_first_line_names()
    {
        var target = Path.Combine(folder, "order.yaml");

        var run = CliRun.Of("new", target, "--date", "2024-05-01", "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        var reference = File.ReadLines(target).First();
        Assert.StartsWith("# yaml-language-server: $schema=", reference, StringComparison.Ordinal);
        var schema = Path.Combine(folder, reference["# yaml-language-server: $schema=".Length..]);
        Assert.True(File.Exists(schema), $"{schema} does not exist");
        Assert.Equal(CliRun.Of("schema").Out, File.ReadAllText(schema));
    }

    [Fact]
    public void Schema_already_beside_the_draft_is_left_as_it_is()
    {
        var schema = Path.Combine(folder, "roadmap.schema.json");
        File.WriteAllText(schema, "{}");

        var run = CliRun.Of("new", Path.Combine(folder, "order.yaml"), "--date", "2024-05-01", "--templates", CliRun.Templates);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("{}", File.ReadAllText(schema));
        Assert.DoesNotContain("Записана схема", run.Out, StringComparison.Ordinal);
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
