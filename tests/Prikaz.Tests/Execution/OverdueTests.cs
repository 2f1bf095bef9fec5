using Prikaz.Tests.Cli;

namespace Prikaz.Tests.Execution;

public sealed class OverdueTests
{
    private static readonly string Amur = Path.Combine(CliRun.Roadmaps, "amur-2020-shnor.yaml");

    [Fact]
    public void Validate_as_of_lists_exactly_the_items_past_due_and_not_done_in_the_progress_files()
    {
        var run = CliRun.Of("validate", "--as-of", "2020-10-06", Amur, "--templates", CliRun.Templates);

        Assert.Equal(0, run.ExitCode);
        var overdue = run.Out.Split('\n').Where(line => line.Contains("PRK320", StringComparison.Ordinal))
            .Select(line => line.Split("мероприятие ")[1].Split(' ')[0]).ToList();
        // 1.5: ВПР moved to the autumn (due 31.05 → 01.06); 1.8: the analytical report (30.09); 4.5: the audit (30.09).
        // Done late but done (1.6, 2.7, 4.1) and undated items (4.2, 4.4, 5.1) are not overdue.
        Assert.Equal(["1.5", "1.8", "4.5"], overdue);
        Assert.Contains("amur-2020-shnor.yaml:121:21: warning PRK320: мероприятие 1.5", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_as_of_no_deadline_is_checked()
    {
        var run = CliRun.Of("validate", Amur, "--templates", CliRun.Templates);

        Assert.DoesNotContain("PRK320", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_deadline_nothing_is_overdue()
    {
        var run = CliRun.Of("validate", "--as-of", "2020-04-30", Amur, "--templates", CliRun.Templates);

        Assert.DoesNotContain("PRK320", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_as_of_is_a_usage_error()
    {
        var run = CliRun.Of("validate", "--as-of", "06.10.2020", Amur, "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ожидается дата ГГГГ-ММ-ДД", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
