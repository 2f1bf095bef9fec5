using System.Globalization;
using System.Text.RegularExpressions;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The markers «1)» and «а)» of sub-points numbered by <see cref="SubpointNumbering.Digits"/> or
/// <see cref="SubpointNumbering.Letters"/>: written from a place and read back from a pinned number.
/// </summary>
public static partial class SubpointMarkers
{
    // ГОСТ 2.105-2019, 4.1.7 (and common practice of orders): Russian letters without ё, з, й, о, ч, ъ, ы, ь.
    private const string Letters = "абвгдежиклмнпрстуфхцшщэюя";

    /// <summary>The marker of the <paramref name="place"/>-th sub-point (from 1), without the closing bracket: «3», «в»; after «я» come «аа», «аб» ….</summary>
    public static string Format(SubpointNumbering numbering, int place)
    {
        if (numbering != SubpointNumbering.Letters)
        {
            return place.ToString(CultureInfo.InvariantCulture);
        }

        var text = string.Empty;
        for (var rest = place; rest > 0; rest = (rest - 1) / Letters.Length)
        {
            text = Letters[(rest - 1) % Letters.Length] + text;
        }

        return text;
    }

    /// <summary>The numbering a pinned «1)» or «а)» is written in; null for any other number (nested «3.1»).</summary>
    public static SubpointNumbering? StyleOf(string pinned) =>
        DigitMarker().IsMatch(pinned) ? SubpointNumbering.Digits
        : LetterMarker().IsMatch(pinned) ? SubpointNumbering.Letters
        : null;

    /// <summary>The place a marker «3)» or «в)» stands for in <paramref name="numbering"/>, or null when it is not such a marker.</summary>
    public static int? Place(string marker, SubpointNumbering numbering)
    {
        if (StyleOf(marker) != numbering)
        {
            return null;
        }

        var body = marker.TrimEnd(')');
        if (numbering == SubpointNumbering.Digits)
        {
            return int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        var place = 0;
        foreach (var letter in body)
        {
            var index = Letters.IndexOf(letter, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            place = (place * Letters.Length) + index + 1;
        }

        return place;
    }

    [GeneratedRegex(@"^\d{1,4}\)$")]
    private static partial Regex DigitMarker();

    [GeneratedRegex(@"^[а-я]{1,3}\)$")]
    private static partial Regex LetterMarker();
}
