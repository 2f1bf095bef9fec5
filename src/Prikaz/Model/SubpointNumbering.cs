using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>How the sub-points of a point are numbered.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SubpointNumbering>))]
public enum SubpointNumbering
{
    /// <summary>«3.1.», «3.2.»: the point's number, a dot and the sub-point's place.</summary>
    Nested,

    /// <summary>«1)», «2)»: how an amendment order lists its changes.</summary>
    Digits,

    /// <summary>«а)», «б)»: Russian letters without ё, з, й, о, ч, ъ, ы, ь (ГОСТ 2.105).</summary>
    Letters,
}
