using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>Where the title of the order (заголовок к тексту) stands.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TitlePlacement>))]
public enum TitlePlacement
{
    /// <summary>From the left border in a narrow block (ГОСТ Р 7.0.97: about 7.5 cm on a form with the corner layout).</summary>
    Left,

    /// <summary>Centred over the text, full width.</summary>
    Centered,
}
