namespace Prikaz.Tests.Cli;

/// <summary>Help is in Russian, labels included.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("new", "-h")]
    [InlineData("render", "-?")]
    [InlineData("completion", "--help")]
    public void Help_is_russian(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Описание:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Использование:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Параметры:", run.Out, StringComparison.Ordinal);
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Commands:", "Arguments:", "[options]", "[command]", "[default:", "Show help" })
        {
            Assert.DoesNotContain(english, run.Out, StringComparison.Ordinal);
        }
    }
}
