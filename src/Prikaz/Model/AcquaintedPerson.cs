using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>One line of the acquaintance list.</summary>
[Description("Сотрудник, знакомящийся с приказом.")]
public sealed record AcquaintedPerson
{
    [Description("Фамилия и инициалы, например «Иванова М.П.».")]
    public required string Name { get; init; }

    [Description("Должность (необязательно).")]
    public string? Position { get; init; }
}
