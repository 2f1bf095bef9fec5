using System.Text;
using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// Breaks a paragraph into lines for a given width: greedy filling, breaks at ordinary spaces and
/// after hyphens and dashes, never at a non-breaking space or after a non-breaking hyphen (U+2011,
/// drawn with the hyphen's glyph: Liberation Serif has none of its own). Skia does no shaping or kerning, so a
/// line's width is the sum of its pieces' advances, and a justified line is made by placing its words
/// one by one with the slack shared among its spaces. No hyphenation: a word longer than the whole
/// line is cut between letters.
/// </summary>
internal sealed class LineBreaker(FontSet fonts)
{
    private const float Tolerance = 0.01f;

    /// <summary>U+2011: a registration number's hyphen («№ 02‑22/143»).</summary>
    public const char NoBreakHyphen = '\u2011';

    public ParagraphLines Break(StyledParagraph paragraph, float width)
    {
        var tokens = Tokenize(paragraph.Inlines);
        var lines = new List<PlacedLine>();
        var draft = new LineDraft();
        Piece? pendingSpace = null;
        var format = paragraph.Format;

        // A right indent narrows the paragraph from the right, as Word's w:ind/@w:right does.
        width = Math.Max(1, width - format.RightIndent);

        float Available() => width - (lines.Count == 0 ? format.FirstLineIndent : 0);

        void Finish(bool justifiable)
        {
            lines.Add(Place(draft, paragraph, width, lines.Count == 0, justifiable));
            draft = new LineDraft();
            pendingSpace = null;
        }

        foreach (var token in tokens)
        {
            switch (token)
            {
                case Word word:
                    var rest = word;
                    while (rest is not null)
                    {
                        var spaceWidth = draft.HasWords && pendingSpace is { } space ? space.Width : 0;
                        if (draft.HasWords && draft.Width + spaceWidth + rest.Width > Available() + Tolerance)
                        {
                            Finish(justifiable: true);
                            spaceWidth = 0;
                        }

                        Word? tail = null;
                        if (!draft.HasWords && rest.Width > Available() + Tolerance)
                        {
                            (rest, tail) = Cut(rest, Available());
                        }

                        if (spaceWidth > 0 && pendingSpace is { } kept)
                        {
                            draft.Add(kept, isSpace: true);
                        }

                        foreach (var piece in rest.Pieces)
                        {
                            draft.Add(piece, isSpace: false);
                        }

                        pendingSpace = null;
                        rest = tail;
                        if (rest is not null)
                        {
                            Finish(justifiable: true);
                        }
                    }

                    break;
                case Space space:
                    if (draft.HasWords)
                    {
                        pendingSpace = space.Piece;
                    }

                    break;
                case ForcedBreak forced:
                    draft.Style ??= forced.Style;
                    Finish(justifiable: false);
                    break;
                case RightTab:
                    draft.TabAt = draft.Count;
                    pendingSpace = null;
                    break;
            }
        }

        if (draft.Count > 0 || lines.Count == 0 || tokens.LastOrDefault() is ForcedBreak)
        {
            Finish(justifiable: false);
        }

        return new ParagraphLines(format, lines);
    }

    private PlacedLine Place(LineDraft draft, StyledParagraph paragraph, float width, bool first, bool justifiable)
    {
        var format = paragraph.Format;
        var styles = draft.Elements.Select(element => element.Piece.Style).DefaultIfEmpty(draft.Style ?? paragraph.Style);
        var ascent = styles.Max(fonts.Ascent);
        var height = styles.Max(fonts.LineHeight) * format.LineSpacing;
        var indent = first ? format.FirstLineIndent : 0;
        var available = width - indent;

        var leftCount = draft.TabAt >= 0 ? draft.TabAt : draft.Count;
        var leftWidth = draft.Elements.Take(leftCount).Sum(element => element.Piece.Width);
        var rightWidth = draft.Elements.Skip(leftCount).Sum(element => element.Piece.Width);
        var spaces = draft.Elements.Take(leftCount).Count(element => element.IsSpace);

        var x = indent;
        var extra = 0f;
        if (draft.TabAt < 0)
        {
            switch (format.Alignment)
            {
                case Alignment.Center:
                    x += (available - leftWidth) / 2;
                    break;
                case Alignment.Right:
                    x += available - leftWidth;
                    break;
                case Alignment.Justify when justifiable && spaces > 0 && available > leftWidth:
                    extra = (available - leftWidth) / spaces;
                    break;
            }
        }

        var runs = new List<PlacedRun>();
        var text = new StringBuilder();
        var runX = x;
        var runWidth = 0f;
        TextStyle? runStyle = null;
        var startNewRun = false;

        void Emit()
        {
            if (text.Length > 0 && runStyle is { } style)
            {
                runs.Add(new PlacedRun(runX, text.ToString(), style, runWidth));
            }

            text.Clear();
            runWidth = 0;
        }

        for (var i = 0; i < draft.Count; i++)
        {
            var element = draft.Elements[i];
            if (i == leftCount)
            {
                Emit();
                x = Math.Max(x, width - rightWidth);
                startNewRun = true;
            }

            if (startNewRun || runStyle != element.Piece.Style)
            {
                Emit();
                runX = x;
                runStyle = element.Piece.Style;
                startNewRun = false;
            }

            text.Append(element.Piece.Text);
            runWidth += element.Piece.Width;
            x += element.Piece.Width;
            if (element.IsSpace && extra > 0)
            {
                x += extra;
                startNewRun = true;
            }
        }

        Emit();
        return new PlacedLine(height, ascent, runs);
    }

    private (Word Head, Word? Tail) Cut(Word word, float available)
    {
        var head = new List<Piece>();
        var width = 0f;
        for (var p = 0; p < word.Pieces.Count; p++)
        {
            var piece = word.Pieces[p];
            if (width + piece.Width <= available + Tolerance)
            {
                head.Add(piece);
                width += piece.Width;
                continue;
            }

            var fit = 0;
            while (fit < piece.Text.Length && width + fonts.Measure(piece.Text[..(fit + 1)], piece.Style) <= available + Tolerance)
            {
                fit++;
            }

            // At least one letter per line, or a too-narrow column would loop for ever.
            if (fit == 0 && head.Count == 0)
            {
                fit = 1;
            }

            if (fit > 0)
            {
                head.Add(Measured(piece.Text[..fit], piece.Style));
            }

            var tail = new List<Piece>();
            if (fit < piece.Text.Length)
            {
                tail.Add(Measured(piece.Text[fit..], piece.Style));
            }

            tail.AddRange(word.Pieces.Skip(p + 1));
            return (new Word(head), tail.Count == 0 ? null : new Word(tail));
        }

        return (word, null);
    }

    private List<Token> Tokenize(IReadOnlyList<StyledInline> inlines)
    {
        var tokens = new List<Token>();
        var pieces = new List<Piece>();
        var text = new StringBuilder();
        var style = default(TextStyle);

        void FlushPiece()
        {
            if (text.Length > 0)
            {
                pieces.Add(Measured(text.ToString(), style));
                text.Clear();
            }
        }

        void FlushWord()
        {
            FlushPiece();
            if (pieces.Count > 0)
            {
                tokens.Add(new Word([.. pieces]));
                pieces.Clear();
            }
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case StyledInline.Text run:
                    style = run.Style;
                    foreach (var rune in run.Value.EnumerateRunes())
                    {
                        if (rune.Value == ' ')
                        {
                            FlushWord();
                            style = run.Style;
                            tokens.Add(new Space(Measured(" ", style)));
                            continue;
                        }

                        // Zero-width and bidi marks have no glyph; drawn, they would show as gaps.
                        if (FallbackScripts.IsIgnorable(rune))
                        {
                            continue;
                        }

                        // A character the face lacks is drawn in the fallback face: a piece of its own.
                        // The non-breaking hyphen is the family's own hyphen that ends no line.
                        var drawn = rune.Value == NoBreakHyphen ? new Rune('-') : rune;
                        var face = fonts.StyleFor(run.Style, drawn);
                        if (face != style)
                        {
                            FlushPiece();
                            style = face;
                        }

                        text.Append(drawn.ToString());
                        if (rune.Value == NoBreakHyphen)
                        {
                            continue;
                        }

                        if (rune.Value is '-' or '\u2010' or '\u2013' or '\u2014')
                        {
                            FlushWord();
                        }
                    }

                    FlushPiece();
                    break;
                case StyledInline.Break forced:
                    FlushWord();
                    tokens.Add(new ForcedBreak(forced.Style));
                    break;
                case StyledInline.Tab:
                    FlushWord();
                    tokens.Add(new RightTab());
                    break;
            }
        }

        FlushWord();
        return tokens;
    }

    private Piece Measured(string text, TextStyle style) => new(text, style, fonts.Measure(text, style));

    private readonly record struct Piece(string Text, TextStyle Style, float Width);

    private abstract record Token;

    private sealed record Word(IReadOnlyList<Piece> Pieces) : Token
    {
        public float Width { get; } = Pieces.Sum(piece => piece.Width);
    }

    private sealed record Space(Piece Piece) : Token;

    private sealed record ForcedBreak(TextStyle Style) : Token;

    private sealed record RightTab : Token;

    private readonly record struct Element(Piece Piece, bool IsSpace);

    private sealed class LineDraft
    {
        public List<Element> Elements { get; } = [];

        public int Count => Elements.Count;

        public bool HasWords { get; private set; }

        public float Width { get; private set; }

        public int TabAt { get; set; } = -1;

        public TextStyle? Style { get; set; }

        public void Add(Piece piece, bool isSpace)
        {
            Elements.Add(new Element(piece, isSpace));
            Width += piece.Width;
            HasWords |= !isSpace;
        }
    }
}
