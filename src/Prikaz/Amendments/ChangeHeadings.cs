namespace Prikaz.Amendments;

/// <summary>The lines every report opens with: which numbering the changes use and which order makes them.</summary>
internal static class ChangeHeadings
{
    public static string Numbering(ChangeList list) => list.Signed is { } signed
        ? $"Нумерация подписанной редакции: приказ {Model.EditionNames.Requisites(signed)}."
        : "Нумерация прежней редакции (в файле не указаны editions: нумерация ещё не подписана).";

    public static string? Amending(ChangeList list) => list.AddedEditions.Count == 0
        ? null
        : $"Изменения вносит: {string.Join(", ", list.AddedEditions.Select(e => "приказ " + Model.EditionNames.Requisites(e)))}.";
}
