using System.ComponentModel;
using Prikaz.Kinds;
using Prikaz.Model;

namespace Prikaz.Execution.Progress;

/// <summary>
/// What was done under a roadmap in one reporting period:
/// <c>roadmaps/progress/&lt;roadmap file name&gt;/&lt;period&gt;.yaml</c>. Kept apart from the roadmap,
/// because recording execution must not change the signed text.
/// </summary>
[Description("Сведения о ходе исполнения «дорожной карты» за отчётный период: roadmaps/progress/<имя файла «дорожной карты»>/<период>.yaml.")]
public sealed record ProgressFile : IDocumentModel
{
    [Description("Отчётный период, как в имени файла: 2020-q3 (квартал), 2020-h1 (полугодие), 2020-09 (месяц) или 2020 (год).")]
    public required string Period { get; init; }

    [Description("Дата, на которую составлены сведения, ГГГГ-ММ-ДД; по ней отмечаются просроченные мероприятия. Если не указана — день после окончания периода.")]
    public DateOnly? Date { get; init; }

    [Description("Мероприятия, о которых есть сведения; номера — как в «дорожной карте».")]
    public required IReadOnlyList<ProgressEntry> Items { get; init; }

    [Description("Кто подписывает «Информацию о ходе реализации»; если не указан — подписант приказа, утвердившего «дорожную карту».")]
    public Signatory? Signatory { get; init; }

    [Description("Исполнитель «Информации о ходе реализации»: ФИО и телефон (необязательно).")]
    public Executor? Executor { get; init; }
}
