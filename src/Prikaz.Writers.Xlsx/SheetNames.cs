namespace Prikaz.Writers.Xlsx;

/// <summary>
/// Names for sheets: a table's own name, else «Таблица N»; at most 31 characters, without the
/// characters spreadsheets refuse (<c>[ ] : * ? / \</c>), and each name used once.
/// </summary>
internal sealed class SheetNames
{
    private const int MaxLength = 31;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string? wanted, int tableNumber)
    {
        var clean = new string((wanted ?? string.Empty).Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray()).Trim('\'', ' ');
        var name = Shorten(clean.Length > 0 ? clean : $"Таблица {tableNumber}", string.Empty);
        for (var copy = 2; !used.Add(name); copy++)
        {
            name = Shorten(clean.Length > 0 ? clean : $"Таблица {tableNumber}", $" ({copy})");
        }

        return name;
    }

    private static string Shorten(string name, string suffix) =>
        (name.Length + suffix.Length > MaxLength ? name[..(MaxLength - suffix.Length)] : name) + suffix;
}
