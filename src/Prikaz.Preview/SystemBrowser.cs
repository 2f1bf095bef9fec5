using System.ComponentModel;
using System.Diagnostics;

namespace Prikaz.Preview;

/// <summary>Opens an address in the user's browser: <c>xdg-open</c> on Linux, <c>open</c> on macOS, the shell on Windows.</summary>
public static class SystemBrowser
{
    /// <summary>Asks the system to open <paramref name="address"/>; false when there is nothing to ask (a server without a desktop).</summary>
    public static bool Open(Uri address)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [address.AbsoluteUri])
            {
                UseShellExecute = false,

                // Its complaints (no display, no browser) are not the user's business: the address is printed anyway.
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
        try
        {
            using var opener = Process.Start(start);
            if (opener is null)
            {
                return false;
            }

            if (start.RedirectStandardOutput)
            {
                opener.OutputDataReceived += (_, _) => { };
                opener.ErrorDataReceived += (_, _) => { };
                opener.BeginOutputReadLine();
                opener.BeginErrorReadLine();
            }

            return true;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
