namespace Prikaz.Amendments.Wording;

/// <summary>
/// The appendix as running text names it in the accusative («Внести в «дорожную карту» … следующие
/// изменения»), and the participle that agrees with it («утверждённую», «утверждённый» …). The default
/// comes from the roadmap's title; the amendment file may give its own.
/// </summary>
internal static class AppendixNames
{
    /// <summary>«Дорожная карта» комплексного сопровождения … → «дорожную карту» комплексного сопровождения ….</summary>
    public static string Accusative(string title)
    {
        var text = OrderReference.OneLine(title);
        foreach (var lead in new[] { "«Дорожная карта»", "\"Дорожная карта\"", "Дорожная карта" })
        {
            if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                return "«дорожную карту»" + text[lead.Length..];
            }
        }

        // «План мероприятий …», «Комплекс мер …»: masculine nouns, the accusative is the nominative.
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>«утверждённую» for «дорожную карту», «утверждённое» for «положение», otherwise «утверждённый».</summary>
    public static string Approved(string accusative)
    {
        var first = accusative.TrimStart('«', '"').Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        first = first.TrimEnd('»', '"', ',');
        return first.EndsWith('у') || first.EndsWith('ю') ? "утверждённую"
            : first.EndsWith('е') || first.EndsWith('о') ? "утверждённое"
            : "утверждённый";
    }
}
