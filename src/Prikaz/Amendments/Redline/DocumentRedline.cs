using Prikaz.Documents;

namespace Prikaz.Amendments.Redline;

/// <summary>
/// A redline: the new edition's document with what changed since the old one as tracked changes. The
/// blocks of each page section, the rows of a table and the paragraphs of a cell are aligned in order
/// (the longest run of unchanged ones first, then neighbours of the same kind paired); paired paragraphs
/// are merged word by word (<see cref="InlineDiff"/>); what only the old edition has is kept in place,
/// marked deleted, and what only the new one has is marked inserted. A row whose cells are laid out
/// otherwise (an item now printed «Исключён. – …» across the columns) is deleted and inserted whole.
/// Accepting every change gives the new document's text exactly. Blocks without text revisions
/// (stamps, signatures, pictures) are those of the new edition.
/// </summary>
public static class DocumentRedline
{
    public static Document Between(Document old, Document @new, RevisionAuthor author)
    {
        var sections = new List<PageSection>();
        for (var s = 0; s < Math.Max(old.Sections.Count, @new.Sections.Count); s++)
        {
            if (s >= @new.Sections.Count)
            {
                var gone = old.Sections[s];
                sections.Add(gone with { Blocks = [.. gone.Blocks.Select(block => Whole(block, Revision.Deleted)).OfType<Block>()] });
            }
            else if (s >= old.Sections.Count)
            {
                var added = @new.Sections[s];
                sections.Add(added with { Blocks = [.. added.Blocks.Select(block => Whole(block, Revision.Inserted) ?? block)] });
            }
            else
            {
                sections.Add(@new.Sections[s] with { Blocks = Blocks(old.Sections[s].Blocks, @new.Sections[s].Blocks) });
            }
        }

        return @new with { Sections = sections, RevisionAuthor = author };
    }

    private static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> old, IReadOnlyList<Block> @new) =>
        Sequences.Merge(old, @new, Key, Pairable, Merge, block => Whole(block, Revision.Deleted), block => Whole(block, Revision.Inserted) ?? block);

    private static Block Merge(Block old, Block @new) => (old, @new) switch
    {
        (Paragraph a, Paragraph b) => b with { Inlines = InlineDiff.Merge(a.Inlines, b.Inlines) },
        (NumberedPoint a, NumberedPoint b) when a.Number == b.Number => b with { Inlines = InlineDiff.Merge(a.Inlines, b.Inlines) },
        (Table a, Table b) => b with { Rows = Rows(a.Rows, b.Rows) },
        _ => @new,
    };

    private static bool Pairable(Block old, Block @new) => (old, @new) switch
    {
        (Paragraph a, Paragraph b) => a.Style == b.Style,
        (NumberedPoint a, NumberedPoint b) => a.Number == b.Number,
        (Table a, Table b) => a.ColumnWidthsMm.Count == b.ColumnWidthsMm.Count,
        _ => old.GetType() == @new.GetType(),
    };

    /// <summary>A block inserted or deleted whole; null for a kind that carries no revisions (dropped when deleted).</summary>
    private static Block? Whole(Block block, Revision revision) => block switch
    {
        Paragraph paragraph => paragraph with { Inlines = InlineDiff.Marked(paragraph.Inlines, revision), Revision = revision },
        NumberedPoint point => point with { Inlines = InlineDiff.Marked(point.Inlines, revision), Revision = revision },
        Table table => table with { Rows = [.. table.Rows.Select(row => WholeRow(row, revision))] },
        _ => null,
    };

    private static IReadOnlyList<TableRow> Rows(IReadOnlyList<TableRow> old, IReadOnlyList<TableRow> @new) =>
        Sequences.Merge(old, @new, RowKey, SameLayout,
            (a, b) => b with { Cells = [.. a.Cells.Zip(b.Cells, (x, y) => y with { Paragraphs = CellParagraphs(x.Paragraphs, y.Paragraphs) })] },
            row => WholeRow(row, Revision.Deleted), row => WholeRow(row, Revision.Inserted));

    private static IReadOnlyList<Paragraph> CellParagraphs(IReadOnlyList<Paragraph> old, IReadOnlyList<Paragraph> @new) =>
        Sequences.Merge(old, @new, paragraph => Text(paragraph.Inlines), (a, b) => a.Style == b.Style,
            (a, b) => b with { Inlines = InlineDiff.Merge(a.Inlines, b.Inlines) },
            paragraph => paragraph with { Inlines = InlineDiff.Marked(paragraph.Inlines, Revision.Deleted), Revision = Revision.Deleted },
            paragraph => paragraph with { Inlines = InlineDiff.Marked(paragraph.Inlines, Revision.Inserted), Revision = Revision.Inserted });

    // A whole row's cell paragraphs keep their marks: a cell always has one, the row's own revision removes or adds it.
    private static TableRow WholeRow(TableRow row, Revision revision) => row with
    {
        Revision = row.IsHeader ? Revision.None : revision,
        Cells = [.. row.Cells.Select(cell => cell with { Paragraphs = [.. cell.Paragraphs.Select(p => p with { Inlines = InlineDiff.Marked(p.Inlines, revision) })] })],
    };

    private static bool SameLayout(TableRow old, TableRow @new) =>
        old.Kind == @new.Kind && old.IsHeader == @new.IsHeader && old.Cells.Count == @new.Cells.Count
        && old.Cells.Zip(@new.Cells).All(pair => pair.First.ColumnSpan == pair.Second.ColumnSpan && pair.First.RowSpan == pair.Second.RowSpan);

    private static string Key(Block block) => block switch
    {
        Paragraph paragraph => "p:" + paragraph.Style + ":" + Text(paragraph.Inlines),
        NumberedPoint point => "n:" + point.Number + ":" + Text(point.Inlines),
        Table table => "t:" + string.Join("\u0001", table.Rows.Select(RowKey)),
        _ => block.GetType().Name,
    };

    private static string RowKey(TableRow row) =>
        string.Join("\u0002", row.Cells.Select(cell => $"{cell.ColumnSpan}/{cell.RowSpan}:" + string.Join("\u0003", cell.Paragraphs.Select(p => Text(p.Inlines)))));

    private static string Text(IReadOnlyList<Inline> inlines) =>
        string.Concat(inlines.Select(inline => inline switch
        {
            TextRun run => (run.Bold ? "*" : string.Empty) + run.Text,
            LineBreak => "\n",
            _ => "\t",
        }));
}
