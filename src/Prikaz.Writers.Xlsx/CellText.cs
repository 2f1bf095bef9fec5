using System.Text;
using Prikaz.Documents;

namespace Prikaz.Writers.Xlsx;

/// <summary>The text of a cell as a spreadsheet holds it: paragraphs and line breaks as line feeds, a tab as a space.</summary>
internal static class CellText
{
    public static string Of(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            foreach (var inline in paragraph.Inlines)
            {
                text.Append(inline switch
                {
                    TextRun run => run.Text,
                    LineBreak => "\n",
                    _ => " ",
                });
            }
        }

        return text.ToString();
    }
}
