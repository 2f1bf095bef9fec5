using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>How an amendment order names a row of the roadmap table: some authorities say «пункт 2.3», others «строку 2.3».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AmendmentItemWord>))]
public enum AmendmentItemWord
{
    /// <summary>«пункт 1.2», «в пункте 2.3», «дополнить пунктом 5.4».</summary>
    Point,

    /// <summary>«строку 1.2», «в строке 2.3», «дополнить строкой 5.4».</summary>
    Row,
}
