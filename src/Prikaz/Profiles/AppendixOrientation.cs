using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>Page orientation of the roadmap appendix.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AppendixOrientation>))]
public enum AppendixOrientation
{
    /// <summary>Landscape when the table has five or more columns, portrait otherwise.</summary>
    Auto,

    /// <summary>Always landscape A4.</summary>
    Landscape,

    /// <summary>Always portrait A4.</summary>
    Portrait,
}
