namespace Prikaz.Cli;

/// <summary>
/// System.CommandLine 2.0.0's Russian resources leave a few help labels in English («Description:»,
/// «[command] [options]», «[default: …]»); the help is rendered first, then these labels are replaced.
/// </summary>
internal static class HelpText
{
    private static readonly (string English, string Russian)[] Labels =
    [
        ("Description:", "Описание:"),
        ("[command]", "[команда]"),
        ("[options]", "[параметры]"),
        ("[default: ", "[по умолчанию: "),
    ];

    public static string Russian(string help) =>
        Labels.Aggregate(help, (text, label) => text.Replace(label.English, label.Russian, StringComparison.Ordinal));
}
