using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>Builds one <c>w:p</c> in a named style with optional direct formatting.</summary>
internal static class ParagraphFactory
{
    public static W.Paragraph Create(DocxContext context, string styleId, IEnumerable<Inline> inlines, ParagraphFormat format)
    {
        var content = inlines.ToList();
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleNames.StyleId(ResolveId(context, styleId)) });
        if (content.Any(inline => inline is RightTab))
        {
            // The rest of the line after a RightTab goes flush against the right border of the text.
            properties.Append(new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = context.TextWidthTwips }));
        }

        if (format.LeftIndentTwips is not null || format.NoFirstLineIndent)
        {
            var indentation = new W.Indentation();
            if (format.LeftIndentTwips is { } left)
            {
                indentation.Left = Units.Text(left);
            }

            if (format.NoFirstLineIndent)
            {
                indentation.FirstLine = "0";
            }

            properties.Append(indentation);
        }

        if (format.Alignment is { } alignment)
        {
            properties.Append(new W.Justification { Val = Justification(alignment) });
        }

        if (format.Mark != Revision.None)
        {
            // An inserted or deleted paragraph: its mark is a revision too, so accepting merges no text.
            properties.Append(new W.ParagraphMarkRunProperties(Revisions.Mark(format.Mark, context)));
        }

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(RunConverter.Convert(content, format.Bold, context));
        return paragraph;
    }

    public static W.JustificationValues Justification(Alignment alignment) => alignment switch
    {
        Alignment.Left => W.JustificationValues.Left,
        Alignment.Center => W.JustificationValues.Center,
        Alignment.Right => W.JustificationValues.Right,
        Alignment.Justify => W.JustificationValues.Both,
        _ => throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null),
    };

    /// <summary>Unknown ids fall back to the body style, as <see cref="StyleSheet.Resolve"/> does.</summary>
    private static string ResolveId(DocxContext context, string styleId) =>
        context.Styles.Find(styleId) is null ? StyleIds.Normal : styleId;
}
