using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>The gender and number of an appendix's name, which the participle of its grif agrees with.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GrammaticalGender>))]
public enum GrammaticalGender
{
    /// <summary>«УТВЕРЖДЕН» — план, перечень, список, состав.</summary>
    Masculine,

    /// <summary>«УТВЕРЖДЕНА» — «дорожная карта», программа.</summary>
    Feminine,

    /// <summary>«УТВЕРЖДЕНО» — положение.</summary>
    Neuter,

    /// <summary>«УТВЕРЖДЕНЫ» — правила, изменения.</summary>
    Plural,
}
