using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;
using Prikaz.Profiles;
using Prikaz.Templating;

namespace Prikaz.Printability;

/// <summary>
/// A letterhead line of the profile too long for the page wraps, and when its last line is one word
/// («МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ЧЕЛЯБИНСКОЙ / ОБЛАСТИ») the form looks broken: the profile should
/// split the name into lines itself. Measured in the documents' fonts at the letterhead's size on the
/// first page's width; reported at the profile's line, as a warning of every document that uses it.
/// </summary>
internal static class LetterheadWidowCheck
{
    private const double PortraitWidth = 210;

    public static IEnumerable<Diagnostic> Check(AuthorityProfile profile, SourceMap? profileMap, string documentPath, ITextMeasure measure)
    {
        var style = ProfileStyles.Create(profile).Resolve(StyleIds.Letterhead);
        var width = PortraitWidth - profile.MarginLeft - profile.MarginRight - style.FirstLineIndentMm - style.RightIndentMm;
        var space = measure.WidthMm(" ", style.FontSizePt, style.Bold, style.Italic);
        for (var i = 0; i < profile.Letterhead.Count; i++)
        {
            var words = profile.Letterhead[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => (word, measure.WidthMm(word, style.FontSizePt, style.Bold, style.Italic)));
            var lines = LineFilling.Fill(words, space, width);
            if (lines.Count > 1 && lines[^1].Count == 1)
            {
                var position = profileMap?.Locate(JsonPointer.Index("/letterhead", i)) ?? SourcePosition.None;
                yield return new Diagnostic(profileMap?.File ?? documentPath, position.Line, position.Column, Severity.Warning, PrintabilityCodes.LetterheadWidow,
                    $"строка бланка «{profile.Letterhead[i]}» не помещается в строку, и на последней строке остаётся одно слово «{lines[^1][0]}»: " +
                    "разбейте её в профиле (letterhead) на две строки там, где ей естественно переноситься");
            }
        }
    }
}
