using Prikaz.Russian;

namespace Prikaz.Amendments;

/// <summary>The change list for a terminal: a numbered list as an amendment order would word it, fields old → new.</summary>
public sealed class ChangeTextReport : IChangeReport
{
    private const string Indent = "     ";

    public string Format => "text";

    public void Write(ChangeDiff diff, TextWriter output)
    {
        var comparison = diff.Comparison;
        var list = comparison.Changes;
        output.WriteLine($"Изменения: {diff.OldName} → {diff.NewName}");
        output.WriteLine(ChangeHeadings.Numbering(list));
        if (ChangeHeadings.Amending(list) is { } amending)
        {
            output.WriteLine(amending);
        }

        var number = 0;
        foreach (var change in list.Changes)
        {
            var description = ChangeDescription.Of(change, comparison.Old, comparison.New);
            output.WriteLine($"{++number}) {description.Headline}{(description.Lines.Count > 0 ? ":" : string.Empty)}");
            foreach (var line in description.Lines)
            {
                output.WriteLine(Indent + (line.Old is null
                    ? $"{line.Label}: {Quote(line.New)}"
                    : $"{line.Label}: было {Quote(line.Old)}, стало {Quote(line.New)}"));
            }
        }

        output.WriteLine(list.Changes.Count == 0
            ? "Изменений нет."
            : $"Итого: {RussianPlural.Count(list.Changes.Count, "изменение", "изменения", "изменений")}.");
    }

    // A multi-line cell keeps its lines, indented under the field.
    private static string Quote(string? text) => text is null or "—" ? "—" : $"«{text.Replace("\n", "\n" + Indent + "  ", StringComparison.Ordinal)}»";
}
