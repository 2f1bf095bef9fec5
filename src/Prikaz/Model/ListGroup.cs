using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>Entries of a list under one heading: «Члены рабочей группы:».</summary>
[Description("Группа строк списка: подзаголовок и его строки.")]
public sealed record ListGroup
{
    [Description("Подзаголовок группы, например «Члены рабочей группы:».")]
    public required string Title { get; init; }

    [Description("Строки группы.")]
    public required IReadOnlyList<string> Entries { get; init; }
}
