namespace Prikaz.Amendments;

/// <summary>
/// Codes of what only a comparison of two editions can find (PRK250–PRK269): a file can be valid on
/// its own and still break the numbering its previous edition signed.
/// </summary>
public static class EditionCodes
{
    public const string Renumbered = "PRK250";
    public const string SignedUnitRemoved = "PRK251";
    public const string SignedEditionsChanged = "PRK252";

    /// <summary>Every code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (Renumbered, "подписанная нумерация изменена: пункт, раздел или мероприятие получили другой номер"),
        (SignedUnitRemoved, "пункт, раздел или мероприятие подписанной редакции удалены из файла, а не отмечены excluded"),
        (SignedEditionsChanged, "сведения о подписанных редакциях (editions) изменены или удалены"),
    ];
}
