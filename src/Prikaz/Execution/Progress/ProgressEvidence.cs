using System.ComponentModel;

namespace Prikaz.Execution.Progress;

/// <summary>A document that shows an item was done.</summary>
[Description("Документ, подтверждающий исполнение.")]
public sealed record ProgressEvidence
{
    [Description("Вид документа: приказ, письмо, протокол, отчёт, публикация на сайте и т. п.")]
    public required string Kind { get; init; }

    [Description("Номер документа без знака №.")]
    public string? Number { get; init; }

    [Description("Дата документа, ГГГГ-ММ-ДД.")]
    public DateOnly? Date { get; init; }

    [Description("Заголовок или краткое содержание.")]
    public string? Title { get; init; }

    [Description("Адрес публикации или место хранения.")]
    public string? Link { get; init; }
}
