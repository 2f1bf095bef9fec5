using System.Diagnostics;
using System.Text;

namespace Prikaz.Tests.Cli;

/// <summary>The built <c>prikaz.dll</c> (copied beside the test assembly) run as a child process.</summary>
internal static class Executable
{
    public static (int Code, string Stdout, string Stderr) Run(string workingFolder, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "prikaz.dll");
        Assert.True(File.Exists(dll), $"no {dll}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "prikaz did not finish in 30 s");
        return (process.ExitCode, stdout, stderr.Result);
    }
}
