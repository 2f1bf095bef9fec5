using System.ComponentModel;
using System.Text.Json.Serialization;
using Prikaz.Model;

namespace Prikaz.Amendments.Files;

/// <summary>The amendment order itself: the shared requisites, an optional preamble and the points after the changes.</summary>
[Description("Приказ о внесении изменений: реквизиты, преамбула, пункты после перечня изменений, подпись, отметки.")]
public sealed record AmendmentOrder : Requisites
{
    [JsonPropertyOrder(40)]
    [Description("Преамбула: основание и цель внесения изменений (необязательно). Пустая строка разделяет абзацы.")]
    public string? Preamble { get; init; }

    [JsonPropertyOrder(60)]
    [Description("Пункты после пункта о внесении изменений, например «Контроль исполнения настоящего приказа оставляю за собой.». Если они есть, изменения — пункт 1.")]
    public IReadOnlyList<Point> Points { get; init; } = [];
}
