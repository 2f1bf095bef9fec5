namespace Prikaz.Documents;

/// <summary>
/// How wide a text is set in the document's fonts. The PDF writer implements it with the fonts it
/// draws with (Liberation Serif, metric-compatible with Times New Roman, so the widths hold for DOCX
/// too); the checks and the template model ask it to fit column widths to their words and to find a
/// letterhead line that leaves one word alone, without referring to any writer.
/// </summary>
public interface ITextMeasure
{
    /// <summary>The advance width of <paramref name="text"/> in millimetres, on one line, at <paramref name="sizePt"/> points.</summary>
    double WidthMm(string text, double sizePt, bool bold = false, bool italic = false);
}
