using System.Text;
using System.Xml.Linq;

namespace Prikaz.Documents.Markup;

/// <summary>
/// Reads paragraph content (<c>b</c>, <c>i</c>, <c>span spacing</c>, <c>br</c>, <c>tab</c> and text)
/// and collapses whitespace the way HTML does, so indented template output reads as flowing text.
/// Only XML whitespace (space, tab, CR, LF) collapses: U+00A0 from <c>&amp;#160;</c> is kept.
/// </summary>
internal sealed class InlineReader(MarkupContext context)
{
    private readonly record struct Format(bool Bold, bool Italic, double LetterSpacingPt);

    /// <summary>Reads <paramref name="nodes"/> as the content of one paragraph.</summary>
    public IReadOnlyList<Inline> Read(IEnumerable<XNode> nodes, XElement parent)
    {
        var raw = new List<Inline>();
        Collect(nodes, parent, new Format(false, false, 0), raw);
        return Collapse(raw);
    }

    /// <summary>Reads plain text with optional <c>br</c> into lines (positions, names, executor lines).</summary>
    public IReadOnlyList<string> ReadLines(XElement element)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    current.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "br" } br:
                    context.CheckAttributes(br);
                    lines.Add(CollapseLine(current.ToString()));
                    current.Clear();
                    break;
                case XElement other:
                    context.ReportUnknownElement(other, element);
                    break;
            }
        }

        lines.Add(CollapseLine(current.ToString()));
        return lines.Where(line => line.Length > 0).ToList();
    }

    private void Collect(IEnumerable<XNode> nodes, XElement parent, Format format, List<Inline> into)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    into.Add(new TextRun(text.Value, format.Bold, format.Italic, format.LetterSpacingPt));
                    break;
                case XElement element:
                    CollectElement(element, parent, format, into);
                    break;
            }
        }
    }

    private void CollectElement(XElement element, XElement parent, Format format, List<Inline> into)
    {
        switch (element.Name.LocalName)
        {
            case "b":
                context.CheckAttributes(element);
                Collect(element.Nodes(), element, format with { Bold = true }, into);
                break;
            case "i":
                context.CheckAttributes(element);
                Collect(element.Nodes(), element, format with { Italic = true }, into);
                break;
            case "span":
                context.CheckAttributes(element);
                var spacing = context.Number(element, "spacing", -10, 50) ?? format.LetterSpacingPt;
                Collect(element.Nodes(), element, format with { LetterSpacingPt = spacing }, into);
                break;
            case "br":
                context.CheckAttributes(element);
                into.Add(new LineBreak());
                break;
            case "tab":
                context.CheckAttributes(element);
                into.Add(new RightTab());
                break;
            default:
                context.ReportUnknownElement(element, parent);
                break;
        }
    }

    /// <summary>HTML whitespace rules over a run list: collapse, trim at line starts and ends, drop empty runs, merge equal formats.</summary>
    private static List<Inline> Collapse(List<Inline> raw)
    {
        var result = new List<Inline>();
        var atLineStart = true;
        foreach (var inline in raw)
        {
            if (inline is not TextRun run)
            {
                TrimTrailingSpace(result);
                result.Add(inline);
                atLineStart = true;
                continue;
            }

            var text = CollapseSpaces(run.Text);
            if (atLineStart || EndsWithSpace(result))
            {
                text = text.TrimStart(' ');
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (result.Count > 0 && result[^1] is TextRun previous && SameFormat(previous, run))
            {
                result[^1] = previous with { Text = previous.Text + text };
            }
            else
            {
                result.Add(run with { Text = text });
            }

            atLineStart = false;
        }

        TrimTrailingSpace(result);
        return result;
    }

    private static void TrimTrailingSpace(List<Inline> inlines)
    {
        while (inlines.Count > 0 && inlines[^1] is TextRun last && last.Text.EndsWith(' '))
        {
            var trimmed = last.Text.TrimEnd(' ');
            if (trimmed.Length == 0)
            {
                inlines.RemoveAt(inlines.Count - 1);
            }
            else
            {
                inlines[^1] = last with { Text = trimmed };
            }
        }
    }

    private static bool EndsWithSpace(List<Inline> inlines) => inlines.Count > 0 && inlines[^1] is TextRun last && last.Text.EndsWith(' ');

    private static bool SameFormat(TextRun a, TextRun b) =>
        a.Bold == b.Bold && a.Italic == b.Italic && a.LetterSpacingPt.Equals(b.LetterSpacingPt);

    private static string CollapseLine(string text) => CollapseSpaces(text).Trim(' ');

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }

        return builder.ToString();
    }
}
