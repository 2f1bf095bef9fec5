using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A document the preamble relies on (постановление, приказ, распоряжение, письмо).</summary>
[Description("Документ-основание, упомянутый в преамбуле.")]
public sealed record CitedDocument
{
    [Description("Вид документа: постановление, приказ, распоряжение, письмо, закон и т. п.")]
    public required string Kind { get; init; }

    [Description("Кто издал документ, например «Правительство Челябинской области».")]
    public required string Issuer { get; init; }

    [Description("Дата документа, ГГГГ-ММ-ДД.")]
    public required DateOnly Date { get; init; }

    [Description("Номер документа без знака №.")]
    public string? Number { get; init; }

    [Description("Заголовок документа.")]
    public string? Title { get; init; }
}
