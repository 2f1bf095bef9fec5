using Prikaz.Documents;
using Prikaz.Profiles;

namespace Prikaz.Templating;

/// <summary>
/// The named paragraph styles of an authority's documents: the defaults of LAYOUT.md with the
/// profile's font sizes, indent and spacing applied, plus the styles only orders use («Распорядительное слово»).
/// </summary>
internal static class ProfileStyles
{
    public const string Decree = "decree";

    public static StyleSheet Create(AuthorityProfile profile)
    {
        var defaults = StyleSheet.Default;
        var body = profile.BodyFontSize;
        ParagraphStyle Body(string id) => defaults.Resolve(id) with
        {
            FontSizePt = body,
            LineSpacing = profile.LineSpacing,
        };

        return defaults.With(
        [
            Body(StyleIds.Normal) with { FirstLineIndentMm = profile.FirstLineIndent },
            Body(StyleIds.Point) with { FirstLineIndentMm = profile.FirstLineIndent },
            Body(StyleIds.Letterhead) with { FontSizePt = profile.LetterheadFontSize },
            Body(StyleIds.Requisites) with { SpaceBeforePt = 6 },
            // The title stands from the left border in a block about 7.5 cm wide (LAYOUT.md).
            Body(StyleIds.Title) with { SpaceBeforePt = 12, SpaceAfterPt = 12, RightIndentMm = Math.Max(0, 210 - profile.MarginLeft - profile.MarginRight - profile.TitleWidth) },
            Body(StyleIds.CenteredTitle) with { SpaceBeforePt = 12, SpaceAfterPt = 12 },
            Body(StyleIds.Signature),
            // Stamps and appendix marks are set in the table's size, as the seeds' appendices are.
            Body(StyleIds.Stamp) with { FontSizePt = profile.TableFontSize },
            new ParagraphStyle
            {
                Id = Decree,
                Name = "Распорядительное слово",
                FontSizePt = body,
                Bold = profile.DecreeBold,
                SpaceBeforePt = 6,
                SpaceAfterPt = 6,
                KeepWithNext = true,
            },
            defaults.Resolve(StyleIds.Table) with { FontSizePt = profile.TableFontSize },
            defaults.Resolve(StyleIds.TableHeader) with { FontSizePt = profile.TableFontSize },
            defaults.Resolve(StyleIds.Executor) with { FontSizePt = profile.ExecutorFontSize },
            defaults.Resolve(StyleIds.Distribution) with { FontSizePt = profile.ExecutorFontSize },
        ]);
    }
}
