using System.Globalization;
using System.Xml.Linq;

namespace Prikaz.Documents.Markup;

/// <summary>
/// Reads content that is a flow of paragraphs: <c>p</c>, <c>ul</c>, <c>ol</c> and loose inline
/// content (which becomes a paragraph of its own), as in table cells and approval stamps.
/// Lists become paragraphs that start with their marker: «–» for <c>ul</c>, «1)» for <c>ol</c>
/// unless an item gives its own <c>number</c>.
/// </summary>
internal sealed class ParagraphListReader(MarkupContext context, InlineReader inlines)
{
    public IReadOnlyList<Paragraph> ReadFlow(XElement container, string style)
    {
        var result = new List<Paragraph>();
        var loose = new List<XNode>();
        foreach (var node in container.Nodes())
        {
            if (node is XElement { Name.LocalName: "p" or "ul" or "ol" } block)
            {
                AddLoose(loose, container, style, result);
                result.AddRange(block.Name.LocalName == "p" ? [ReadParagraph(block, style)] : ReadList(block, style));
            }
            else
            {
                loose.Add(node);
            }
        }

        AddLoose(loose, container, style, result);
        return result;
    }

    public Paragraph ReadParagraph(XElement p, string defaultStyle)
    {
        context.CheckAttributes(p);
        return new Paragraph(context.Style(p, defaultStyle), inlines.Read(p.Nodes(), p), context.Align(p)) { Source = context.Source(p) };
    }

    public IReadOnlyList<Paragraph> ReadList(XElement list, string defaultStyle)
    {
        context.CheckAttributes(list);
        var style = context.Style(list, defaultStyle);
        var ordered = list.Name.LocalName == "ol";
        var result = new List<Paragraph>();
        foreach (var item in context.ChildElements(list))
        {
            if (item.Name.LocalName != "li")
            {
                context.ReportUnknownElement(item, list);
                continue;
            }

            context.CheckAttributes(item);
            var marker = context.Text(item, "number") is { } number
                ? number + "\u00A0"
                : ordered
                    ? (result.Count + 1).ToString(CultureInfo.InvariantCulture) + ")\u00A0"
                    : MarkupVocabulary.BulletMarker;
            var content = inlines.Read(item.Nodes(), item);
            result.Add(new Paragraph(style, content.Count > 0 && content[0] is TextRun { Bold: false, Italic: false, LetterSpacingPt: 0 } first
                ? [first with { Text = marker + first.Text }, .. content.Skip(1)]
                : [new TextRun(marker), .. content]));
        }

        return result;
    }

    private void AddLoose(List<XNode> loose, XElement container, string style, List<Paragraph> into)
    {
        if (loose.Count == 0)
        {
            return;
        }

        var content = inlines.Read(loose, container);
        if (content.Count > 0)
        {
            into.Add(new Paragraph(style, content));
        }

        loose.Clear();
    }
}
