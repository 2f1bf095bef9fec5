namespace Prikaz.Documents;

/// <summary>The distribution list printed after the executor mark: «Рассылка: МОУО, РЦОКИО, дело».</summary>
/// <param name="Recipients">Recipients in order.</param>
public sealed record DistributionList(IReadOnlyList<string> Recipients) : Block
{
    /// <summary>The label before the recipients.</summary>
    public const string Label = "Рассылка";

    /// <summary>The one line every writer prints: the label, a colon and the recipients separated by commas.</summary>
    public string Text => $"{Label}: {string.Join(", ", Recipients)}";
}
