using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>The last day of a school year in an authority's deadlines.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SchoolYearEnd>))]
public enum SchoolYearEnd
{
    /// <summary>31 May: lessons end.</summary>
    May,

    /// <summary>31 August: the year runs until the next one starts.</summary>
    August,
}
