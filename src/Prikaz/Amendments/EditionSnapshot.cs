using System.Text.Json.Nodes;
using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Amendments;

/// <summary>
/// An edition reduced to what it says, for comparing editions structurally: the model as JSON, every
/// point, section and item with the number it prints (pinned or derived alike), without the ids
/// (they only help matching), empty members left out, mappings (parties, custom cells) in key order.
/// Two files with equal snapshots print the same edition in the same signed numbering.
/// </summary>
public static class EditionSnapshot
{
    public static string Of(OrderFile file)
    {
        var root = UnitJson.Of(file);
        NumberPoints((JsonArray)root["order"]!["points"]!, OrderNumbering.Of(file.Order).Points);
        if (file.Roadmap is not null && root["roadmap"] is JsonObject roadmap)
        {
            var numbering = RoadmapNumbering.Of(file.Roadmap);
            var sections = (JsonArray)roadmap["sections"]!;
            for (var i = 0; i < numbering.Sections.Count; i++)
            {
                Number((JsonObject)sections[i]!, numbering.Sections[i].Number);
                var items = (JsonArray)sections[i]![UnitJson.Items]!;
                for (var j = 0; j < numbering.Sections[i].Items.Count; j++)
                {
                    Number((JsonObject)items[j]!, numbering.Sections[i].Items[j].Number);
                }
            }

            var loose = (JsonArray)roadmap[UnitJson.Items]!;
            for (var j = 0; j < numbering.Items.Count; j++)
            {
                Number((JsonObject)loose[j]!, numbering.Items[j].Number);
            }
        }

        return UnitJson.Sorted(UnitJson.Pruned(root))!.ToJsonString();
    }

    private static void NumberPoints(JsonArray points, IReadOnlyList<NumberedPoint> numbered)
    {
        for (var i = 0; i < numbered.Count; i++)
        {
            var point = (JsonObject)points[i]!;
            Number(point, numbered[i].Number);
            NumberPoints((JsonArray)point[UnitJson.Points]!, numbered[i].Points);
        }
    }

    private static void Number(JsonObject unit, string number)
    {
        unit["number"] = number;
        unit.Remove("id");
    }
}
