using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>One approval (виза) on the approval sheet of a draft: who approves, with room for signature, date and remarks.</summary>
[Description("Виза согласования: должность и ФИО согласующего; подпись и дата ставятся от руки.")]
public sealed record Visa
{
    [Description("Должность согласующего, например «Заместитель министра».")]
    public required string Position { get; init; }

    [Description("Инициалы и фамилия, например «Е.А. Соколова».")]
    public required string Name { get; init; }

    [Description("Замечания, если они уже известны (обычно графа заполняется от руки).")]
    public string? Remarks { get; init; }
}
