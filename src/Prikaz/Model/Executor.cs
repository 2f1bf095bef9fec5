using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>The executor mark printed at the end of the order.</summary>
[Description("Исполнитель приказа (отметка об исполнителе).")]
public sealed record Executor
{
    [Description("Фамилия, имя, отчество исполнителя.")]
    public required string Name { get; init; }

    [Description("Телефон исполнителя, например 8(351)263-25-17.")]
    public required string Phone { get; init; }

    [Description("Должность и подразделение исполнителя (необязательно).")]
    public string? Position { get; init; }

    [Description("Электронная почта исполнителя (необязательно).")]
    public string? Email { get; init; }
}
