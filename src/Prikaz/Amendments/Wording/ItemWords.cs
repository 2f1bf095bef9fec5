using Prikaz.Profiles;

namespace Prikaz.Amendments.Wording;

/// <summary>
/// The word an amendment names a row of the roadmap table with, in the cases the formulas need: some
/// authorities say «пункт 2.3», others «строку 2.3» (AMENDMENTS.md, «Tables in amendments»).
/// </summary>
internal sealed record ItemWords(string Accusative, string Genitive, string Prepositional, string Instrumental, string RepealedParticiple)
{
    public static ItemWords Of(AmendmentItemWord word) => word == AmendmentItemWord.Row ? Row : Point;

    /// <summary>«пункт 1.2», «пункта 1.2», «в пункте 1.2», «пунктом 1.2»; «признать утратившим силу».</summary>
    public static ItemWords Point { get; } = new("пункт", "пункта", "пункте", "пунктом", "утратившим");

    /// <summary>«строку 1.2», «строки 1.2», «в строке 1.2», «строкой 1.2»; «признать утратившей силу».</summary>
    public static ItemWords Row { get; } = new("строку", "строки", "строке", "строкой", "утратившей");

    /// <summary>The words that exclude a unit: «исключить» or «признать утратившим силу».</summary>
    public static string Exclusion(AmendmentExclusion exclusion, string participle) =>
        exclusion == AmendmentExclusion.Repeal ? $"признать {participle} силу" : "исключить";
}
