namespace Prikaz.Import.Recognition;

/// <summary>
/// Compares the signed numbers of points, sections and items with the numbers Prikaz derives. Where they
/// agree nothing is pinned. Where they differ the signed number is kept: pinned (<c>number:</c>) when
/// <see cref="ImportOptions.KeepNumbering"/> asks for it or when the pin is one the validator accepts,
/// otherwise written into a comment and reported, because the validator refuses duplicates and gaps
/// (PRK001, PRK002) and the YAML must validate.
/// </summary>
internal static class PointNumbering
{
    public static void Check(DraftOrder order, bool keepNumbering)
    {
        CheckPoints(order.Points, string.Empty, keepNumbering);
        var roadmap = order.Roadmap!;
        if (roadmap.Sections.Count > 0)
        {
            Group(roadmap.Sections.Select(s => (Node: (DraftNode)s, s.SignedNumber, Pin: (Action<string>)(n => s.Pinned = n))).ToList(), string.Empty, "раздел", keepNumbering);
            for (var i = 0; i < roadmap.Sections.Count; i++)
            {
                var section = roadmap.Sections[i];
                var prefix = RoadmapTableReader.Ordinal(i + 1) + ".";
                Group(section.Items.Select(item => (Node: (DraftNode)item, item.SignedNumber, Pin: (Action<string>)(n => item.Pinned = n))).ToList(), prefix, "мероприятие", keepNumbering);
            }
        }
        else
        {
            Group(roadmap.Items.Select(item => (Node: (DraftNode)item, item.SignedNumber, Pin: (Action<string>)(n => item.Pinned = n))).ToList(), string.Empty, "мероприятие", keepNumbering);
        }
    }

    private static void CheckPoints(List<DraftPoint> points, string prefix, bool keepNumbering)
    {
        Group(points.Select(p => (Node: (DraftNode)p, p.SignedNumber, Pin: (Action<string>)(n => p.Pinned = n))).ToList(), prefix, "пункт", keepNumbering);
        for (var i = 0; i < points.Count; i++)
        {
            CheckPoints(points[i].Points, prefix + RoadmapTableReader.Ordinal(i + 1) + ".", keepNumbering);
        }
    }

    private static void Group(List<(DraftNode Node, string? SignedNumber, Action<string> Pin)> elements, string prefix, string what, bool keepNumbering)
    {
        var signed = elements.Select(e => e.SignedNumber is null ? null : RoadmapTableReader.Canonical(e.SignedNumber)).ToList();
        var derived = elements.Select((_, i) => prefix + RoadmapTableReader.Ordinal(i + 1)).ToList();
        var differs = signed.Select((s, i) => s is not null && s != derived[i]).ToList();
        if (!differs.Any(d => d))
        {
            return;
        }

        var duplicates = signed.Where(s => s is not null).GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key!).ToHashSet();
        for (var i = 0; i < elements.Count; i++)
        {
            if (!differs[i])
            {
                if (keepNumbering && signed[i] is { } same)
                {
                    elements[i].Pin(same);
                }

                continue;
            }

            var number = signed[i]!;
            var defect = duplicates.Contains(number) ? "номер повторяется в подлиннике" : "в подлиннике нумерация с пропуском или не по порядку";
            if (keepNumbering)
            {
                elements[i].Pin(number);
                elements[i].Node.NeedsReview("number", $"номер {number} из подлинника закреплён ({defect}); проверка сообщит об этом предупреждением PRK001/PRK002");
            }
            else
            {
                elements[i].Node.NeedsReview(null,
                    $"в подлиннике {what} № {number}, Prikaz напечатает № {derived[i]} ({defect}); " +
                    "чтобы воспроизвести подлинник, импортируйте без --renumber");
            }
        }
    }
}
