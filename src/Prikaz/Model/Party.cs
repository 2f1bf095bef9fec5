using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>An organisation or body that can be responsible for items; registered once per file.</summary>
[Description("Исполнитель мероприятий: краткое наименование (печатается в таблице) и полное.")]
public sealed record Party
{
    [Description("Краткое наименование, как оно печатается в таблице, например «ГБУ ДПО РЦОКИО».")]
    public required string Name { get; init; }

    [Description("Полное наименование организации.")]
    public string? FullName { get; init; }
}
