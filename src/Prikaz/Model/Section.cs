using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A section of the roadmap table: a bold row spanning all columns, then its items.</summary>
[Description("Раздел «дорожной карты».")]
public sealed record Section
{
    [Description("Закреплённый номер раздела: чтобы воспроизвести подписанный документ или, в файле с editions, дать вставленному разделу подномер («4.1» между 4 и 5); обычно выводится из порядка.")]
    public string? Number { get; init; }

    [Description("Устойчивый идентификатор раздела (латиница, цифры, «-», «_», «.»): по нему редакции сопоставляются точно, даже если текст изменён. Не печатается.")]
    public string? Id { get; init; }

    [Description("Название раздела.")]
    public required string Title { get; init; }

    [Description("Мероприятия раздела.")]
    public required IReadOnlyList<Item> Items { get; init; }

    [Description("Отметка об исключении: дата и номер приказа о внесении изменений, которым он исключён. Раздел сохраняет свой номер и текст подписанной редакции; приказ должен быть среди editions.")]
    public Edition? Excluded { get; init; }
}
