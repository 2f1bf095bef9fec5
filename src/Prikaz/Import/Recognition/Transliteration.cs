using System.Text;

namespace Prikaz.Import.Recognition;

/// <summary>
/// Cyrillic to Latin for ids and keys, after the passport transliteration (ICAO Doc 9303, as in Russian
/// passports since 2014) with the more readable «y» for «й», «yu», «ya» for «ю», «я».
/// </summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
    };

    /// <summary>Lower-case Latin letters and digits only.</summary>
    public static string Latin(string text)
    {
        var latin = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (Letters.TryGetValue(c, out var letters))
            {
                latin.Append(letters);
            }
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                latin.Append(c);
            }
        }

        return latin.ToString();
    }
}
