using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A list appendix: a working group's composition, a list of participants; entries optionally grouped under headings.</summary>
[Description("Список: заголовок и строки, по желанию — с подзаголовками групп (например, «Руководитель рабочей группы:», «Члены рабочей группы:»). Укажите либо entries, либо groups.")]
public sealed record AppendixList
{
    [Description("Заголовок списка, например «Состав рабочей группы по …».")]
    public required string Title { get; init; }

    [Description("Нумеровать строки: «1.», «2.» … сквозь все группы (по умолчанию да).")]
    public bool Numbered { get; init; } = true;

    [Description("Строки списка без групп, например «Иванова Мария Петровна – заместитель министра, руководитель рабочей группы».")]
    public IReadOnlyList<string> Entries { get; init; } = [];

    [Description("Группы строк: подзаголовок и его строки.")]
    public IReadOnlyList<ListGroup> Groups { get; init; } = [];
}
