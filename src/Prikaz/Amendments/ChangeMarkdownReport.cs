using System.Text;
using Prikaz.Russian;

namespace Prikaz.Amendments;

/// <summary>
/// The change list as GitHub-flavoured Markdown, for the summary of a pull request's check: a numbered
/// list, a table of old and new values under each change, and the errors above everything else.
/// </summary>
public sealed class ChangeMarkdownReport : IChangeReport
{
    public string Format => "markdown";

    public void Write(ChangeDiff diff, TextWriter output)
    {
        var comparison = diff.Comparison;
        var list = comparison.Changes;
        output.WriteLine($"### Изменения: `{diff.OldName}` → `{diff.NewName}`");
        output.WriteLine();
        if (diff.Diagnostics.Count > 0)
        {
            output.WriteLine("> [!CAUTION]");
            output.WriteLine("> Эти изменения нельзя внести приказом о внесении изменений:");
            foreach (var diagnostic in diff.Diagnostics)
            {
                output.WriteLine($"> - `{diagnostic.Code}` строка {diagnostic.Line}: {Escape(diagnostic.Message)}");
            }

            output.WriteLine();
        }

        output.WriteLine(Escape(ChangeHeadings.Numbering(list)) + (ChangeHeadings.Amending(list) is { } amending ? " " + Escape(amending) : string.Empty));
        output.WriteLine();
        var number = 0;
        var endsWithTable = false;
        foreach (var change in list.Changes)
        {
            var description = ChangeDescription.Of(change, comparison.Old, comparison.New);
            output.WriteLine($"{++number}. {Escape(Capitalised(description.Headline))}{(description.Lines.Count > 0 ? ":" : ".")}");
            if (description.Lines.Count > 0)
            {
                output.WriteLine();
                var added = description.Lines.All(line => line.Old is null);
                output.WriteLine(added ? "   |   | Содержание |" : "   |   | Было | Стало |");
                output.WriteLine(added ? "   |---|---|" : "   |---|---|---|");
                foreach (var line in description.Lines)
                {
                    output.WriteLine(added
                        ? $"   | {Escape(line.Label)} | {Escape(line.New)} |"
                        : $"   | {Escape(line.Label)} | {Escape(line.Old)} | {Escape(line.New)} |");
                }

                output.WriteLine();
            }

            endsWithTable = description.Lines.Count > 0;
        }

        if (list.Changes.Count > 0 && !endsWithTable)
        {
            output.WriteLine();
        }

        output.WriteLine(list.Changes.Count == 0
            ? "Изменений нет."
            : $"Итого: {RussianPlural.Count(list.Changes.Count, "изменение", "изменения", "изменений")}.");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Text as Markdown shows it literally: markup characters escaped, line breaks as &lt;br&gt;.</summary>
    private static string Escape(string? text)
    {
        if (text is null)
        {
            return "—";
        }

        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                escaped.Append("<br>");
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
