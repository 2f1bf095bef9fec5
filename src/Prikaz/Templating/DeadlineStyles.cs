using Prikaz.Deadlines;
using Prikaz.Profiles;

namespace Prikaz.Templating;

/// <summary>The deadline style an authority profile asks for.</summary>
internal static class DeadlineStyles
{
    public static DeadlineStyle Of(AuthorityProfile profile) => new()
    {
        Capitalize = profile.DeadlineCapitalize,
        YearWord = profile.DeadlineYearWord switch
        {
            "г." => YearWord.Abbreviated,
            "год" => YearWord.Nominative,
            "" => YearWord.None,
            _ => YearWord.Full,
        },
        DateForm = profile.DeadlineDateStyle == DateStyle.Numeric ? DateForm.Numeric : DateForm.Long,
    };
}
