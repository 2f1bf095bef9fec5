using System.Text.RegularExpressions;

namespace Prikaz.Import;

/// <summary>
/// How many cells of the roadmap table a person must look at: the cells with a «guessed» or «needs a
/// person» note, a note on a whole row counting every cell of it (IMPORT.md, «Measuring»).
/// </summary>
public sealed partial record ReviewShare(int Cells, int ToReview)
{
    public double Share => Cells == 0 ? 0 : (double)ToReview / Cells;

    public static ReviewShare Of(ImportResult result)
    {
        var roadmap = result.File.Roadmap;
        if (roadmap is null)
        {
            return new ReviewShare(0, 0);
        }

        var keys = roadmap.Columns.Select(c => c.Key).ToList();
        var items = roadmap.Sections.SelectMany((s, si) => s.Items.Select((_, ii) => $"/roadmap/sections/{si}/items/{ii}"))
            .Concat(roadmap.Items.Select((_, ii) => $"/roadmap/items/{ii}"))
            .ToList();
        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in result.Notes.Where(n => n.Kind != ImportNoteKind.Recognised))
        {
            var match = ItemPointer().Match(note.Pointer);
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["key"].Value;
            foreach (var column in keys.Contains(key) ? [key] : keys)
            {
                marked.Add(match.Groups["item"].Value + "/" + column);
            }
        }

        return new ReviewShare(items.Count * keys.Count, marked.Count);
    }

    [GeneratedRegex(@"^(?<item>/roadmap/(sections/\d+/)?items/\d+)(/(?<key>[A-Za-z]+))?")]
    private static partial Regex ItemPointer();
}
