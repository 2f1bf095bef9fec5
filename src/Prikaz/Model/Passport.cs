using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>The roadmap's passport: a two-column table before the items.</summary>
[Description("Паспорт «дорожной карты» (таблица из двух столбцов перед мероприятиями).")]
public sealed record Passport
{
    [Description("Актуальность: абзацы текста.")]
    public IReadOnlyList<string> Relevance { get; init; } = [];

    [Description("Цель.")]
    public string? Goal { get; init; }

    [Description("Задачи: элементы списка.")]
    public IReadOnlyList<string> Tasks { get; init; } = [];

    [Description("Ожидаемые результаты: элементы списка.")]
    public IReadOnlyList<string> Results { get; init; } = [];
}
