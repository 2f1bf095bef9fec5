namespace Prikaz.Import.Recognition;

/// <summary>
/// An id that reads well for a party: its abbreviation («ГБУ ДПО РЦОКИО» → <c>rtsokio</c>), the initials
/// of a quoted name («ГАУ ДПО «Амурский областной институт развития образования»» → <c>aoiro</c>), an
/// abbreviation with the initials of what follows («ОО с низкими образовательными результатами» →
/// <c>oo-nor</c>), else the initials of the name («Муниципальные органы управления образованием» → <c>mouo</c>).
/// </summary>
internal static class PartyId
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "и", "в", "во", "с", "со", "по", "на", "для", "к", "о", "об", "от", "а", "также", "при", "за", "из", "у", "или",
    };

    public static string For(string name, ISet<string> taken)
    {
        var id = Candidate(name);
        if (id.Length == 0 || !char.IsAsciiLetterOrDigit(id[0]))
        {
            id = "party";
        }

        var unique = id;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = id + "-" + RoadmapTableReader.Ordinal(n);
        }

        return unique;
    }

    private static string Candidate(string name)
    {
        var quoteStart = name.IndexOf('«');
        if (quoteStart >= 0)
        {
            var quoteEnd = name.IndexOf('»', quoteStart);
            var quoted = quoteEnd > quoteStart ? name[(quoteStart + 1)..quoteEnd] : name[(quoteStart + 1)..];
            var quotedWords = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (quotedWords.Length == 1 && PartySegment.IsAbbreviation(quotedWords[0]))
            {
                return Transliteration.Latin(quotedWords[0]);
            }

            if (quotedWords.Length > 1)
            {
                return Initials(quotedWords);
            }
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var abbreviations = words.TakeWhile(PartySegment.IsAbbreviation).ToList();
        if (abbreviations.Count == words.Length)
        {
            return Transliteration.Latin(words[^1]);
        }

        if (abbreviations.Count > 0)
        {
            var rest = Initials(words.Skip(abbreviations.Count));
            return Transliteration.Latin(abbreviations[^1]) + (rest.Length > 0 ? "-" + rest : string.Empty);
        }

        return Initials(words);
    }

    /// <summary>
    /// The initials of the significant words; a long name keeps the initials of its first two words, a
    /// hyphen, and at most four more («Образовательные организации с низкими образовательными
    /// результатами, а также организации, функционирующие …» → <c>oo-noro</c>).
    /// </summary>
    private static string Initials(IEnumerable<string> words)
    {
        var letters = words
            .Select(w => w.Trim('«', '»', '"', ',', '(', ')').ToLowerInvariant())
            .Where(w => w.Length > 0 && !FunctionWords.Contains(w) && char.IsLetter(w[0]))
            .Select(w => Transliteration.Latin(w[0].ToString()))
            .ToList();
        return letters.Count <= 5 ? string.Concat(letters) : string.Concat(letters.Take(2)) + "-" + string.Concat(letters.Skip(2).Take(4));
    }
}
