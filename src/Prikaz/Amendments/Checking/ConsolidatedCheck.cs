using System.Text.Json.Nodes;
using Prikaz.Model;

namespace Prikaz.Amendments.Checking;

/// <summary>
/// Checks an amendment against a file that already records it among its editions (the consolidated
/// edition): the amended edition is gone, so each change is checked by its result — an excluded unit
/// is marked by this amendment, replacing words are there, a restated or added unit reads as the
/// amendment gives it. When later amendments followed (<paramref name="latest"/> false), only that
/// every unit named still exists: signed numbers persist, their text may have changed since.
/// </summary>
internal static class ConsolidatedCheck
{
    private static readonly string[] NotContent = ["number", "id", "excluded"];

    public static IEnumerable<ChangeFinding> Check(TranslatedChanges translated, OrderFile file, Edition mark, bool latest)
    {
        var texts = new EditionTexts(file);
        var columns = file.Roadmap?.Columns ?? [];
        foreach (var change in translated.List.Changes)
        {
            var index = translated.SourceOf(change);
            var unit = texts.Unit(change);
            var name = ChangeWording.Target(change, columns);
            if (unit is null)
            {
                if (change.Op != ChangeOp.Exclude || change.Unit != ChangeUnit.Column)
                {
                    yield return new ChangeFinding(index, null, change.Op == ChangeOp.Add && latest ? AmendmentCodes.NotConsolidated : AmendmentCodes.MissingUnit,
                        change.Op == ChangeOp.Add
                            ? $"в файле приказа нет единицы «{name}», которой этот приказ его дополняет"
                            : $"в файле приказа нет единицы «{name}», которую называет изменение");
                }

                continue;
            }

            if (!latest)
            {
                continue;
            }

            if (Problem(change, unit, texts, mark, columns) is { } problem)
            {
                yield return new ChangeFinding(index, null, AmendmentCodes.NotConsolidated,
                    $"файл приказа записывает этот приказ в editions, но {problem}: внесите изменение в файл или исправьте его здесь");
            }
        }
    }

    private static string? Problem(Change change, JsonObject unit, EditionTexts texts, Edition mark, IReadOnlyList<Column> columns)
    {
        var name = ChangeWording.Target(change, columns);
        switch (change.Op)
        {
            case ChangeOp.Exclude when change.Unit == ChangeUnit.Column:
                return $"{name} в нём осталась";
            case ChangeOp.Exclude:
                return JsonNode.DeepEquals(unit["excluded"], UnitJson.Of(mark)) ? null : $"{name} не отмечено в нём как исключённое этим приказом (excluded)";
            case ChangeOp.ReplaceWords when change.NewText is { Length: > 0 } words:
                var text = UnitJson.Text(texts.Field(change)) ?? string.Empty;
                return WordReplacement.Occurrences(text, words).Count > 0 ? null : $"в нём ({name}, {ChangeWording.Field(change.Field!, change.Unit, columns)}) нет слов «{words}»";
            case ChangeOp.ReplaceWords:
                return null;
            case ChangeOp.Restate when change.Field is not null:
                var field = texts.Field(change);
                return JsonNode.DeepEquals(UnitJson.Pruned(field), UnitJson.Pruned(change.New)) ? null
                    : $"{name}, {ChangeWording.Field(change.Field, change.Unit, columns)}, изложено в нём иначе";
            default:
                return JsonNode.DeepEquals(Content(unit), Content(change.New as JsonObject)) ? null : $"{name} изложено в нём иначе";
        }
    }

    private static JsonNode? Content(JsonObject? unit) =>
        unit is null ? null : UnitJson.Sorted(UnitJson.Pruned(UnitJson.Without(unit, NotContent)));
}
