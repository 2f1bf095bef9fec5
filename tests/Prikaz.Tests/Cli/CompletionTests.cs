using System.Diagnostics;

namespace Prikaz.Tests.Cli;

/// <summary>
/// <c>prikaz completion bash|zsh|pwsh</c> prints a script that asks prikaz through System.CommandLine's
/// suggestion directive, and the directive completes the values of <c>--to</c>, <c>--format</c> and
/// <c>--authority</c>.
/// </summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _prikaz_complete prikaz")]
    [InlineData("zsh", "compdef _prikaz prikaz")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName prikaz")]
    public void Script_for_each_shell_uses_the_suggest_directive(string shell, string registration)
    {
        var run = CliRun.Of("completion", shell);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(registration, run.Out, StringComparison.Ordinal);
        Assert.Contains("\"[suggest:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_shell_is_refused()
    {
        var run = CliRun.Of("completion", "fish");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fish", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prikaz render x.yaml --to ", "docx", "html", "pdf", "xlsx")]
    [InlineData("prikaz render x.yaml --to docx,", "docx,html", "docx,pdf", "docx,xlsx")]
    [InlineData("prikaz render x.yaml --to docx,pdf,h", "docx,pdf,html")]
    [InlineData("prikaz build --to p", "pdf")]
    [InlineData("prikaz validate --format ", "github", "json", "sarif", "text")]
    [InlineData("prikaz completion ba", "bash")]
    [InlineData("prikaz ren", "render")]
    public void Values_are_suggested(string line, params string[] expected)
    {
        var run = CliRun.Of($"[suggest:{line.Length}]", line);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(expected, Lines(run.Out));
    }

    [Fact]
    public void Authority_ids_come_from_the_templates_folder_on_the_line()
    {
        var line = $"prikaz new x.yaml --templates {CliRun.Templates} --authority ";

        var run = CliRun.Of($"[suggest:{line.Length}]", line);

        var profiles = Directory.GetFiles(Path.Combine(CliRun.Templates, "authorities"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(profiles, Lines(run.Out));
        Assert.Contains("chelyabinsk-minobr", Lines(run.Out));
    }

    /// <summary>The bash script run by bash: it calls the built prikaz and fills COMPREPLY.</summary>
    [Fact]
    [Trait("Category", "Integration")]
    public void Bash_completes_a_format_through_the_script()
    {
        var bin = Directory.CreateTempSubdirectory("prikaz-completion-").FullName;
        try
        {
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            var wrapper = Path.Combine(bin, "prikaz");
            File.WriteAllText(wrapper, $"#!/bin/sh\nexec \"{dotnet}\" \"{Path.Combine(AppContext.BaseDirectory, "prikaz.dll")}\" \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var script = Path.Combine(bin, "prikaz.bash");
            File.WriteAllText(script, CliRun.Of("completion", "bash").Out);

            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(
                $"source '{script}'; COMP_LINE='prikaz render x.yaml --to docx,p'; COMP_POINT=${{#COMP_LINE}}; " +
                "COMP_WORDS=(prikaz render x.yaml --to docx,p); COMP_CWORD=4; _prikaz_complete; printf '%s\\n' \"${COMPREPLY[@]}\"");
            start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            using var bash = Process.Start(start)!;
            var output = bash.StandardOutput.ReadToEnd();
            var error = bash.StandardError.ReadToEnd();
            Assert.True(bash.WaitForExit(TimeSpan.FromSeconds(60)), "bash did not finish");

            Assert.True(bash.ExitCode == 0, error);
            Assert.Equal(["docx,pdf"], Lines(output));
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
