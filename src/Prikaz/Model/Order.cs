using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Prikaz.Model;

/// <summary>The order itself: the shared requisites, then its preamble and operative points.</summary>
[Description("Приказ: реквизиты, текст, подпись, отметки.")]
public sealed record Order : Requisites
{
    [JsonPropertyOrder(40)]
    [Description("Преамбула: основание и цель издания приказа. Пустая строка разделяет абзацы.")]
    public string? Preamble { get; init; }

    [JsonPropertyOrder(50)]
    [Description("Документы, на которые ссылается преамбула (для проверки дат и номеров).")]
    public IReadOnlyList<CitedDocument> Basis { get; init; } = [];

    [JsonPropertyOrder(60)]
    [Description("Пункты распорядительной части; нумерация выводится из порядка пунктов.")]
    public required IReadOnlyList<Point> Points { get; init; }
}
