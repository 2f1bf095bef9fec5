using System.Globalization;
using System.Text;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Preview;

/// <summary>
/// A roadmap of many items for timing the preview: the Chelyabinsk seed's order and columns with
/// generated sections of generated items; one item's activity ends with a marker word the edits change.
/// </summary>
internal static class LargeRoadmap
{
    public static string Write(string path, int sections, int itemsPerSection, string marker)
    {
        var seed = File.ReadAllLines(Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", "chelyabinsk-2020-shnor.yaml"));
        var text = new StringBuilder();
        foreach (var line in seed.TakeWhile(line => line != "  sections:"))
        {
            text.Append(line).Append('\n');
        }

        text.Append("  sections:\n");
        for (var s = 1; s <= sections; s++)
        {
            text.Append(Invariant($"    - title: Раздел {s} для проверки предпросмотра\n      items:\n"));
            for (var i = 1; i <= itemsPerSection; i++)
            {
                var marked = s == (sections / 2) + 1 && i == (itemsPerSection / 2) + 1 ? " " + marker : string.Empty;
                text.Append(Invariant($"        - activity: Мероприятие {s}.{i} — консультации и семинары для руководителей общеобразовательных организаций{marked}\n"));
                text.Append("          deadline: сентябрь 2020 года\n");
                text.Append("          responsible: [rcokio]\n");
                text.Append("          result: Повышение квалификации руководителей\n");
            }
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
