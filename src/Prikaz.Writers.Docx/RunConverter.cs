using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// Turns inlines into runs: text (with U+00A0 kept as it is; U+2011 as Word's own non-breaking hyphen,
/// <c>w:noBreakHyphen</c>, which Word never breaks a line at), line breaks and right tabs.
/// </summary>
internal static class RunConverter
{
    private const char NoBreakHyphen = '\u2011';

    public static IEnumerable<W.Run> Convert(IEnumerable<Inline> inlines, bool forceBold)
    {
        foreach (var inline in inlines)
        {
            yield return inline switch
            {
                TextRun text => Text(text, forceBold),
                LineBreak => new W.Run(new W.Break()),
                RightTab => new W.Run(new W.TabChar()),
                _ => throw new NotSupportedException($"Inline kind {inline.GetType().Name} has no DOCX form."),
            };
        }
    }

    public static W.Run Text(TextRun text, bool forceBold = false)
    {
        var run = new W.Run();
        var properties = new W.RunProperties();
        if (text.Bold || forceBold)
        {
            properties.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (text.Italic)
        {
            properties.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (text.LetterSpacingPt != 0)
        {
            properties.Append(new W.Spacing { Val = Units.TwentiethsOfPoint(text.LetterSpacingPt) });
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var pieces = text.Text.Split(NoBreakHyphen);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.NoBreakHyphen());
            }

            if (pieces[i].Length > 0 || pieces.Length == 1)
            {
                run.Append(new W.Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }
}
