using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>The roadmap appendix: approval mark, title, optional passport and the table of items.</summary>
[Description("«Дорожная карта» (приложение к приказу).")]
public sealed record Roadmap
{
    [Description("Как приложение связано с приказом: stamp — гриф «УТВЕРЖДЕНА приказом …», appendix — отметка «Приложение к приказу …». Дата и номер всегда берутся из самого приказа.")]
    public ApprovalKind Approval { get; init; } = ApprovalKind.Stamp;

    [Description("Заголовок «дорожной карты». Перевод строки в тексте сохраняется.")]
    public required string Title { get; init; }

    [Description("Период реализации: с какой и по какую дату. Сроки мероприятий проверяются по нему; месяц без года берёт год из периода.")]
    public Period? Period { get; init; }

    [Description("Паспорт «дорожной карты»: актуальность, цель, задачи, ожидаемые результаты.")]
    public Passport? Passport { get; init; }

    [Description("Столбцы таблицы по порядку. Ключи number, activity, deadline, responsible, result, targetGroup — встроенные; любой другой ключ — собственный столбец, значение берётся из custom мероприятия.")]
    public required IReadOnlyList<Column> Columns { get; init; }

    [Description("Разделы таблицы с мероприятиями. Укажите либо sections, либо items.")]
    public IReadOnlyList<Section> Sections { get; init; } = [];

    [Description("Мероприятия без разделов (сквозная нумерация 1, 2, 3 …). Укажите либо sections, либо items.")]
    public IReadOnlyList<Item> Items { get; init; } = [];
}
