using System.Globalization;

namespace Prikaz.Cli;

/// <summary>File sizes as a clerk reads them: «23 КБ», «1,4 МБ».</summary>
internal static class Sizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " Б",
        < 1024 * 1024 => Math.Ceiling(bytes / 1024.0).ToString(CultureInfo.InvariantCulture) + " КБ",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " МБ",
    };
}
