using System.Globalization;
using Prikaz.Model;
using Scriban.Runtime;

namespace Prikaz.Orders;

/// <summary>The passport table's rows: a label and its paragraphs or list entries.</summary>
internal static class PassportRows
{
    public static ScriptObject Build(Passport passport, double tableWidth)
    {
        var rows = new List<ScriptObject>();
        Add(rows, "Актуальность", passport.Relevance, isList: false);
        Add(rows, "Цель", passport.Goal is null ? [] : [passport.Goal], isList: false);
        Add(rows, "Задачи", passport.Tasks, isList: true);
        Add(rows, "Ожидаемые результаты", passport.Results, isList: true);
        var labelWidth = Math.Round(tableWidth * 0.2, 1);
        return new ScriptObject
        {
            ["rows"] = rows,
            ["widths"] = string.Create(CultureInfo.InvariantCulture, $"{labelWidth} {Math.Round(tableWidth - labelWidth, 1)}"),
        };
    }

    private static void Add(List<ScriptObject> rows, string label, IReadOnlyList<string> entries, bool isList)
    {
        if (entries.Count > 0)
        {
            rows.Add(new ScriptObject { ["label"] = label, ["entries"] = entries.ToList(), ["is_list"] = isList });
        }
    }
}
