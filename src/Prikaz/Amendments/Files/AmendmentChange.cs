using System.ComponentModel;
using Prikaz.Model;

namespace Prikaz.Amendments.Files;

/// <summary>
/// One change as the clerk reads and edits it before signing: what to do (<see cref="Op"/>), the one
/// unit it names in the signed numbering (an item, a section, a point of the order, a passport field,
/// a column, the roadmap's or the order's title), and the words or content it brings.
/// </summary>
[Description("Изменение одной структурной единицы. Укажите ровно одно из item, section, point, passport, column, roadmap, order (column вместе с item — графа этого мероприятия).")]
public sealed record AmendmentChange
{
    [Description("Что сделать: replaceWords — заменить слова (new: \"\" — исключить слова), restate — изложить в новой редакции, exclude — исключить, add — дополнить.")]
    public required ChangeOp Op { get; init; }

    [Description("Номер мероприятия (строки таблицы), например «1.2»; для add — номер, который получает новое мероприятие («5.4», «4.4.1»).")]
    public string? Item { get; init; }

    [Description("Номер раздела «дорожной карты»; для add — номер нового раздела.")]
    public string? Section { get; init; }

    [Description("Номер пункта самого приказа, например «2» или «3.1»; для add — номер нового пункта.")]
    public string? Point { get; init; }

    [Description("Раздел паспорта «дорожной карты»: relevance — «Актуальность», goal — «Цель», tasks — «Задачи», results — «Ожидаемые результаты».")]
    public PassportField? Passport { get; init; }

    [Description("Ключ графы таблицы (deadline, responsible, собственный ключ …): вместе с item — графа этого мероприятия, без item — сама графа (её наименование).")]
    public string? Column { get; init; }

    [Description("Поле «дорожной карты»: title — её наименование.")]
    public RoadmapTextField? Roadmap { get; init; }

    [Description("Поле изменяемого приказа: title — его наименование, preamble — преамбула.")]
    public OrderTextField? Order { get; init; }

    [Description("replaceWords: слова, как они напечатаны в подписанной редакции (встречаются в тексте ровно один раз).")]
    public string? Old { get; init; }

    [Description("replaceWords: слова, которые их заменяют (\"\" — слова исключаются); restate и add — новый текст пункта, раздела паспорта, наименования.")]
    public string? New { get; init; }

    [Description("restate раздела паспорта, который является списком (актуальность, задачи, ожидаемые результаты): новые элементы.")]
    public IReadOnlyList<string> Entries { get; init; } = [];

    [Description("restate и add мероприятия: строка таблицы целиком, в тех же полях, что в «дорожной карте» (activity, deadline, responsible, result …).")]
    public Item? Row { get; init; }

    [Description("add раздела: его мероприятия.")]
    public IReadOnlyList<Item> Items { get; init; } = [];

    [Description("add пункта приказа: его подпункты.")]
    public IReadOnlyList<Point> Points { get; init; } = [];

    [Description("add: после какой единицы подписанной редакции стоит новая (номер); если не указано — в конце своего раздела, подномер («4.4.1») — после своего пункта («4.4»).")]
    public string? After { get; init; }
}
