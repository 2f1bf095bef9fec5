using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>A section of the roadmap table: a bold row spanning all columns, then its items.</summary>
[Description("Раздел «дорожной карты».")]
public sealed record Section
{
    [Description("Закреплённый номер раздела, только чтобы воспроизвести подписанный документ; обычно выводится из порядка.")]
    public string? Number { get; init; }

    [Description("Название раздела.")]
    public required string Title { get; init; }

    [Description("Мероприятия раздела.")]
    public required IReadOnlyList<Item> Items { get; init; }
}
