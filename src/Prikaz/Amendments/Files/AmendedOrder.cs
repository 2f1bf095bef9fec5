using System.ComponentModel;

namespace Prikaz.Amendments.Files;

/// <summary>The order an amendment amends: its file in the workspace and its requisites as signed.</summary>
[Description("Изменяемый приказ.")]
public sealed record AmendedOrder
{
    [Description("Файл YAML изменяемого приказа, путь относительно этого файла (например chelyabinsk-2020-shnor.yaml). Файл должен лежать в той же рабочей папке (репозитории).")]
    public required string File { get; init; }

    [Description("Дата изменяемого приказа, как он подписан, ГГГГ-ММ-ДД.")]
    public required DateOnly Date { get; init; }

    [Description("Номер изменяемого приказа, как он подписан, без знака №.")]
    public required string Number { get; init; }

    [Description("Как текст называет приложение в винительном падеже («Внести в … следующие изменения»), например «дорожную карту» комплексного сопровождения …; если не указано — из заголовка «дорожной карты».")]
    public string? AppendixName { get; init; }
}
