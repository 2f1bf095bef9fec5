using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// Turns inlines into runs: text (with U+00A0 kept as it is; U+2011 as Word's own non-breaking hyphen,
/// <c>w:noBreakHyphen</c>, which Word never breaks a line at), line breaks and right tabs. Inserted and
/// deleted inlines of a redline go into Word revisions, <c>w:ins</c> and <c>w:del</c> (deleted text as
/// <c>w:delText</c>), one per stretch of the same revision, which Word and LibreOffice show and accept.
/// </summary>
internal static class RunConverter
{
    private const char NoBreakHyphen = '\u2011';

    public static IEnumerable<OpenXmlElement> Convert(IEnumerable<Inline> inlines, bool forceBold, DocxContext context)
    {
        OpenXmlCompositeElement? revision = null;
        var current = Revision.None;
        foreach (var inline in inlines)
        {
            var run = Run(inline, forceBold);
            if (inline.Revision == Revision.None)
            {
                if (revision is not null)
                {
                    yield return revision;
                    (revision, current) = (null, Revision.None);
                }

                yield return run;
                continue;
            }

            if (inline.Revision != current)
            {
                if (revision is not null)
                {
                    yield return revision;
                }

                (revision, current) = (Revisions.Run(inline.Revision, context), inline.Revision);
            }

            revision!.Append(inline.Revision == Revision.Deleted ? Deleted(run) : run);
        }

        if (revision is not null)
        {
            yield return revision;
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

    private static W.Run Run(Inline inline, bool forceBold) => inline switch
    {
        TextRun text => Text(text, forceBold),
        LineBreak => new W.Run(new W.Break()),
        RightTab => new W.Run(new W.TabChar()),
        _ => throw new NotSupportedException($"Inline kind {inline.GetType().Name} has no DOCX form."),
    };

    // Text inside w:del is w:delText (ECMA-376 17.3.3.7); Word drops a w:t there.
    private static W.Run Deleted(W.Run run)
    {
        foreach (var text in run.Elements<W.Text>().ToList())
        {
            text.InsertAfterSelf(new W.DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }

        return run;
    }
}
