using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Fonts;

/// <summary>Every character a document can print, so the fonts are subset before layout measures anything.</summary>
internal static class DocumentCharacters
{
    /// <summary>Always kept: page numbers are made after layout, and a space is needed by every line.</summary>
    private const string Always = "0123456789 \u00A0-";

    public static IReadOnlySet<int> Of(Document document)
    {
        var set = new HashSet<int>();
        Add(set, Always);
        Add(set, ElectronicSignatureMark.Heading);
        foreach (var block in document.Sections.SelectMany(section => section.Blocks))
        {
            foreach (var text in Texts(block))
            {
                Add(set, text);
            }
        }

        return set;
    }

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Paragraph paragraph => Runs(paragraph.Inlines),
        NumberedPoint point => Runs(point.Inlines).Append(point.Number),
        Table table => table.Rows.SelectMany(row => row.Cells).SelectMany(cell => cell.Paragraphs).SelectMany(p => Runs(p.Inlines)),
        ApprovalStamp stamp => stamp.Lines.SelectMany(p => Runs(p.Inlines)),
        SignatureBlock signature => signature.PositionLines.Append(signature.Name)
            .Concat(signature.ElectronicSignature?.DetailLines ?? []),
        ElectronicSignatureMark mark => mark.DetailLines,
        ExecutorMark executor => executor.Lines,
        DistributionList list => [list.Text],
        _ => [],
    };

    private static IEnumerable<string> Runs(IEnumerable<Inline> inlines) => inlines.OfType<TextRun>().Select(run => run.Text);

    private static void Add(HashSet<int> set, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }

            // The layout draws a non-breaking hyphen with the hyphen's glyph, which is always kept.
            if (codePoint != Layout.LineBreaker.NoBreakHyphen)
            {
                set.Add(codePoint);
            }
        }
    }
}
