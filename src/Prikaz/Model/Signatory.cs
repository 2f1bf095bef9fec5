using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>Who signs: position (one or more lines) and «И.О. Фамилия».</summary>
[Description("Подписант.")]
public sealed record Signatory
{
    [Description("Должность, по строкам, как она печатается слева от подписи.")]
    public required IReadOnlyList<string> Position { get; init; }

    [Description("Инициалы и фамилия, например «А.И. Кузнецов».")]
    public required string Name { get; init; }
}
