using System.Text;
using System.Text.RegularExpressions;
using Prikaz.Documents;

namespace Prikaz.Amendments.Redline;

/// <summary>
/// The words of one paragraph in two editions, merged into the new paragraph with what went marked
/// deleted and what came marked inserted: a longest common subsequence of words (and the spaces and
/// breaks between them), formatting included. A changed stretch shows its deleted words, then its
/// inserted ones, as a reviewer reads a change; a lone space between two changed words goes with them.
/// </summary>
internal static partial class InlineDiff
{
    /// <summary>Paragraphs longer than this (in words times words) are shown as deleted and inserted whole.</summary>
    private const long MaxCells = 4_000_000;

    private enum Kind
    {
        Word,
        Space,
        Break,
        Tab,
    }

    private sealed record Token(Kind Kind, string Text, bool Bold, bool Italic, double LetterSpacingPt);

    /// <summary>The inlines of <paramref name="new"/> with <paramref name="old"/>'s words that it lacks, marked.</summary>
    public static IReadOnlyList<Inline> Merge(IReadOnlyList<Inline> old, IReadOnlyList<Inline> @new)
    {
        var (a, b) = (Tokens(old), Tokens(@new));
        var marked = (long)a.Count * b.Count > MaxCells
            ? [.. a.Select(t => (t, Revision.Deleted)), .. b.Select(t => (t, Revision.Inserted))]
            : Align(a, b);
        return Runs(Grouped(Absorbed(marked)));
    }

    /// <summary>The inlines as they were, all marked <paramref name="revision"/>.</summary>
    public static IReadOnlyList<Inline> Marked(IReadOnlyList<Inline> inlines, Revision revision) =>
        [.. inlines.Select(inline => inline with { Revision = revision })];

    private static List<Token> Tokens(IReadOnlyList<Inline> inlines)
    {
        var tokens = new List<Token>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    foreach (Match piece in Pieces().Matches(run.Text))
                    {
                        var kind = char.IsWhiteSpace(piece.Value[0]) ? Kind.Space : Kind.Word;
                        tokens.Add(new Token(kind, piece.Value, run.Bold, run.Italic, run.LetterSpacingPt));
                    }

                    break;
                case LineBreak:
                    tokens.Add(new Token(Kind.Break, "\n", false, false, 0));
                    break;
                default:
                    tokens.Add(new Token(Kind.Tab, "\t", false, false, 0));
                    break;
            }
        }

        return tokens;
    }

    private static List<(Token Token, Revision Revision)> Align(List<Token> a, List<Token> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var (n, m) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[prefix + i] == b[prefix + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<(Token, Revision)>(a.Count + b.Count);
        result.AddRange(a.Take(prefix).Select(t => (t, Revision.None)));
        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                result.Add((b[prefix + y], Revision.None));
                (x, y) = (x + 1, y + 1);
            }
            else if (y < m && (x == n || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                result.Add((b[prefix + y++], Revision.Inserted));
            }
            else
            {
                result.Add((a[prefix + x++], Revision.Deleted));
            }
        }

        result.AddRange(b.Skip(b.Count - suffix).Select(t => (t, Revision.None)));
        return result;
    }

    /// <summary>A space kept between two changed words joins the change: «A B» → «C D» reads as one change, not two.</summary>
    private static List<(Token Token, Revision Revision)> Absorbed(List<(Token Token, Revision Revision)> marked)
    {
        var result = new List<(Token, Revision)>(marked.Count + 4);
        for (var i = 0; i < marked.Count; i++)
        {
            var (token, revision) = marked[i];
            if (revision == Revision.None && token.Kind == Kind.Space && i > 0 && i < marked.Count - 1
                && marked[i - 1].Revision != Revision.None && marked[i + 1].Revision != Revision.None)
            {
                result.Add((token, Revision.Deleted));
                result.Add((token, Revision.Inserted));
            }
            else
            {
                result.Add((token, revision));
            }
        }

        return result;
    }

    /// <summary>In each stretch between unchanged tokens, the deleted ones first, then the inserted ones.</summary>
    private static List<(Token Token, Revision Revision)> Grouped(List<(Token Token, Revision Revision)> marked)
    {
        var result = new List<(Token, Revision)>(marked.Count);
        var stretch = new List<(Token Token, Revision Revision)>();
        foreach (var entry in marked.Append((Token: new Token(Kind.Space, string.Empty, false, false, 0), Revision: Revision.None)))
        {
            if (entry.Revision != Revision.None)
            {
                stretch.Add(entry);
                continue;
            }

            result.AddRange(stretch.Where(e => e.Revision == Revision.Deleted));
            result.AddRange(stretch.Where(e => e.Revision == Revision.Inserted));
            stretch.Clear();
            if (entry.Token.Text.Length > 0)
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Tokens back into inlines: neighbours of one format and revision make one run.</summary>
    private static List<Inline> Runs(List<(Token Token, Revision Revision)> marked)
    {
        var inlines = new List<Inline>();
        var text = new StringBuilder();
        Token? format = null;
        var revision = Revision.None;
        void Flush()
        {
            if (text.Length > 0)
            {
                inlines.Add(new TextRun(text.ToString(), format!.Bold, format.Italic, format.LetterSpacingPt) { Revision = revision });
                text.Clear();
            }
        }

        foreach (var (token, tokenRevision) in marked)
        {
            if (token.Kind is Kind.Break or Kind.Tab)
            {
                Flush();
                inlines.Add(token.Kind == Kind.Break ? new LineBreak { Revision = tokenRevision } : new RightTab { Revision = tokenRevision });
                continue;
            }

            if (format is null || tokenRevision != revision || token.Bold != format.Bold || token.Italic != format.Italic || token.LetterSpacingPt != format.LetterSpacingPt)
            {
                Flush();
                (format, revision) = (token, tokenRevision);
            }

            text.Append(token.Text);
        }

        Flush();
        return inlines;
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Pieces();
}
