using System.Globalization;
using System.Text;
using Prikaz.Documents;

namespace Prikaz.Writers.Html;

/// <summary>
/// What the block converters share while one page is written: the markup, the document's styles, the
/// converter for every block kind, and the writing of paragraphs and their inline content.
/// </summary>
internal sealed class HtmlRenderer(HtmlMarkup markup, StyleSheet styles, BlockConverterRegistry<HtmlRenderer> converters, HtmlWriterOptions options)
{
    private const char NoBreakHyphen = '\u2011';
    private readonly HashSet<string> anchorIds = new(StringComparer.Ordinal);

    /// <summary>The markup being written.</summary>
    public HtmlMarkup Markup { get; } = markup;

    /// <summary>Writes one block with the converter for its kind.</summary>
    public void WriteBlock(Block block) => converters.Convert(block, this);

    /// <summary>
    /// The class attribute of content in style <paramref name="styleId"/>: the class of the style the
    /// id resolves to (an unknown id falls back to «Обычный») and the alignment override, if any.
    /// </summary>
    public string ClassOf(string styleId, Alignment? alignment = null)
    {
        var style = Css.StyleClass(styles.Resolve(styleId).Id);
        return alignment is { } align ? $"{style} {Css.AlignmentClass(align)}" : style;
    }

    /// <summary>
    /// The <c>id</c> and <c>data-source</c> attributes of an element made from <paramref name="source"/>
    /// when <see cref="HtmlWriterOptions.SourceAnchors"/> asks for them; two nulls (left out) otherwise.
    /// The id is the pointer in characters an id may hold, numbered when the page has it already.
    /// </summary>
    public ((string Name, string? Value) Id, (string Name, string? Value) Source) Anchor(string? source)
    {
        if (!options.SourceAnchors || source is null)
        {
            return (("id", null), ("data-source", null));
        }

        var id = new StringBuilder("src");
        foreach (var c in source)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' ? c : '-');
        }

        var unique = id.ToString();
        for (var n = 2; !anchorIds.Add(unique); n++)
        {
            unique = id.ToString() + "." + n.ToString(CultureInfo.InvariantCulture);
        }

        return (("id", unique), ("data-source", source));
    }

    /// <summary>
    /// Writes a paragraph as <paramref name="tag"/> on one line. A paragraph with right tabs becomes a
    /// flex row whose pieces are pushed apart (date at the left border, number at the right).
    /// </summary>
    public void WriteParagraph(string tag, string styleId, Alignment? alignment, IReadOnlyList<Inline> inlines, string? number = null, string? source = null)
    {
        var tabbed = inlines.Any(inline => inline is RightTab);
        var classes = ClassOf(styleId, alignment) + (tabbed ? " tabbed" : string.Empty);
        var (id, sourceAttribute) = Anchor(source);
        Markup.OpenLine(tag, ("class", classes), id, sourceAttribute);
        if (tabbed)
        {
            Markup.StartTag("span");
        }

        if (number is not null)
        {
            // The number is given by the model, printed as is and followed by a space.
            Markup.StartTag("span", ("class", "number"));
            Markup.Text(number);
            Markup.EndTag("span");
            Markup.Text(" ");
        }

        WriteInlines(inlines);
        if (tabbed)
        {
            Markup.EndTag("span");
        }

        Markup.CloseLine(tag);
    }

    // A redline's inserted and deleted text: <ins> and <del>, which browsers underline and strike through.
    private void WriteInlines(IReadOnlyList<Inline> inlines)
    {
        var open = Revision.None;
        foreach (var inline in inlines)
        {
            // A tab splits the line into spans; a revision never spans it.
            var revision = inline is RightTab ? Revision.None : inline.Revision;
            if (revision != open)
            {
                if (open != Revision.None)
                {
                    Markup.EndTag(RevisionTag(open));
                }

                if (revision != Revision.None)
                {
                    Markup.StartTag(RevisionTag(revision));
                }

                open = revision;
            }

            switch (inline)
            {
                case TextRun run:
                    WriteRun(run);
                    break;
                case LineBreak:
                    Markup.VoidTag("br");
                    break;
                case RightTab:
                    Markup.EndTag("span");
                    Markup.StartTag("span");
                    break;
                default:
                    throw new NotSupportedException($"The HTML writer has no rendering for the inline {inline.GetType().Name}.");
            }
        }

        if (open != Revision.None)
        {
            Markup.EndTag(RevisionTag(open));
        }
    }

    private static string RevisionTag(Revision revision) => revision == Revision.Inserted ? "ins" : "del";

    // A word with a non-breaking hyphen («№ 02‑22/143») is kept on one line as a whole — a browser
    // may break between two characters of different elements — and written with a plain hyphen, so
    // search and copy find «02-22/143» whatever font the reader has.
    private void WriteText(string text)
    {
        if (!text.Contains(NoBreakHyphen, StringComparison.Ordinal))
        {
            Markup.Text(text);
            return;
        }

        var start = 0;
        while (start < text.Length)
        {
            var hyphen = text.IndexOf(NoBreakHyphen, start);
            if (hyphen < 0)
            {
                Markup.Text(text[start..]);
                return;
            }

            var wordStart = text.LastIndexOf(' ', hyphen) + 1;
            var wordEnd = text.IndexOf(' ', hyphen);
            wordEnd = wordEnd < 0 ? text.Length : wordEnd;
            Markup.Text(text[start..Math.Max(start, wordStart)]);
            Markup.StartTag("span", ("style", "white-space: nowrap"));
            Markup.Text(text[Math.Max(start, wordStart)..wordEnd].Replace(NoBreakHyphen, '-'));
            Markup.EndTag("span");
            start = wordEnd;
        }
    }

    private void WriteRun(TextRun run)
    {
        if (run.Bold)
        {
            Markup.StartTag("b");
        }

        if (run.Italic)
        {
            Markup.StartTag("i");
        }

        if (run.LetterSpacingPt != 0)
        {
            // CSS adds the spacing after the last letter too; the negative margin takes it back so
            // that a centred «П Р И К А З» stays centred, as in Word.
            Markup.StartTag("span", ("style", $"letter-spacing: {Css.Pt(run.LetterSpacingPt)}; margin-right: {Css.Pt(-run.LetterSpacingPt)}"));
        }

        WriteText(run.Text);
        if (run.LetterSpacingPt != 0)
        {
            Markup.EndTag("span");
        }

        if (run.Italic)
        {
            Markup.EndTag("i");
        }

        if (run.Bold)
        {
            Markup.EndTag("b");
        }
    }
}
