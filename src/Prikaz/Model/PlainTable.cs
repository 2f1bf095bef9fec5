using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>
/// A table that is not a roadmap: its own columns and rows, the rows optionally grouped under group rows
/// (the schools of each municipality). An appendix or a point of the order may hold one.
/// </summary>
[Description("Таблица: свои столбцы и строки; строки можно сгруппировать — заголовок группы печатается строкой во всю ширину таблицы (например, школы по муниципалитетам). Укажите либо rows, либо groups.")]
public sealed record PlainTable
{
    [Description("Заголовок таблицы, печатается над ней по центру. У приложения-таблицы обязателен; у таблицы в пункте приказа — по желанию.")]
    public string? Title { get; init; }

    [Description("Столбцы по порядку. Столбец с ключом number нумерует строки сам: 1, 2, 3 … сквозь все группы.")]
    public required IReadOnlyList<TableColumn> Columns { get; init; }

    [Description("Строки таблицы без групп: ключ столбца → текст ячейки.")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; init; } = [];

    [Description("Группы строк: заголовок группы и её строки.")]
    public IReadOnlyList<TableGroup> Groups { get; init; } = [];

    /// <summary>Every row, those of the groups in order, then those without a group.</summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> AllRows() => Groups.SelectMany(group => group.Rows).Concat(Rows);
}
