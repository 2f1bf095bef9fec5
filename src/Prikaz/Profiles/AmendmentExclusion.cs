using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>The formula an amendment order excludes a unit with.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AmendmentExclusion>))]
public enum AmendmentExclusion
{
    /// <summary>«пункт 3.1 исключить».</summary>
    Exclude,

    /// <summary>«пункт 3.1 признать утратившим силу».</summary>
    Repeal,
}
