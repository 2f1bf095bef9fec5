using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>Rows of a plain table under one group row: the schools of one municipality.</summary>
[Description("Группа строк таблицы: заголовок группы (например, муниципальное образование) и её строки.")]
public sealed record TableGroup
{
    [Description("Заголовок группы: печатается полужирным строкой во всю ширину таблицы.")]
    public required string Title { get; init; }

    [Description("Строки группы: ключ столбца → текст ячейки.")]
    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; init; }
}
