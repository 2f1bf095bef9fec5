using System.Reflection;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// <c>styles.xml</c>: the readable base in <c>Resources/styles.xml</c> (document defaults, header,
/// table defaults) followed by one paragraph style per style-sheet entry, named in Russian so a clerk
/// editing the draft sees «Пункт», «Подпись», «Шапка таблицы».
/// </summary>
internal static class StylesPartBuilder
{
    public static W.Styles Build(StyleSheet sheet)
    {
        var styles = new W.Styles(BaseXml());
        var normal = sheet.Resolve(StyleIds.Normal);
        styles.Append(Paragraph(normal with { Id = StyleIds.Normal }, isNormal: true));
        foreach (var style in sheet.Styles.Where(s => s.Id != StyleIds.Normal))
        {
            styles.Append(Paragraph(style, isNormal: false));
        }

        return styles;
    }

    private static W.Style Paragraph(ParagraphStyle style, bool isNormal)
    {
        var styleId = DocxStyleNames.StyleId(style.Id);
        var result = new W.Style { Type = W.StyleValues.Paragraph, StyleId = styleId, CustomStyle = !isNormal };
        if (isNormal)
        {
            result.Default = true;
            result.Append(new W.StyleName { Val = "Normal" });
        }
        else
        {
            result.Append(new W.StyleName { Val = style.Name }, new W.BasedOn { Val = DocxStyleNames.Normal });
        }

        result.Append(new W.NextParagraphStyle { Val = styleId }, new W.PrimaryStyle());

        var paragraph = new W.StyleParagraphProperties();
        if (style.KeepWithNext)
        {
            paragraph.Append(new W.KeepNext());
        }

        paragraph.Append(
            new W.SpacingBetweenLines
            {
                Before = Units.Text(Units.TwentiethsOfPoint(style.SpaceBeforePt)),
                After = Units.Text(Units.TwentiethsOfPoint(style.SpaceAfterPt)),
                Line = Units.Text(Units.LineUnits(style.LineSpacing)),
                LineRule = W.LineSpacingRuleValues.Auto,
            },
            new W.Indentation { FirstLine = Units.Text(Units.Twips(style.FirstLineIndentMm)), Right = Units.Text(Units.Twips(style.RightIndentMm)) },
            new W.Justification { Val = ParagraphFactory.Justification(style.Alignment) });
        result.Append(paragraph);

        var run = new W.StyleRunProperties(new W.RunFonts
        {
            Ascii = style.FontFamily,
            HighAnsi = style.FontFamily,
            EastAsia = style.FontFamily,
            ComplexScript = style.FontFamily,
        });
        if (style.Bold)
        {
            run.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (style.Italic)
        {
            run.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (style.LetterSpacingPt != 0)
        {
            run.Append(new W.Spacing { Val = Units.TwentiethsOfPoint(style.LetterSpacingPt) });
        }

        run.Append(new W.FontSize { Val = Units.HalfPoints(style.FontSizePt) }, new W.FontSizeComplexScript { Val = Units.HalfPoints(style.FontSizePt) });
        result.Append(run);
        return result;
    }

    private static string BaseXml()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Prikaz.Writers.Docx.styles.xml")
            ?? throw new InvalidOperationException("The embedded base styles.xml is missing from the assembly.");
        // Comments in the readable file are for people; the part gets the bare elements.
        var xml = System.Xml.Linq.XDocument.Load(stream);
        xml.DescendantNodes().OfType<System.Xml.Linq.XComment>().ToList().ForEach(comment => comment.Remove());
        return xml.Root!.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
    }
}
