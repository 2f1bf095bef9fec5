using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Amendments.Files;

/// <summary>A text of the amended order other than its points: «наименование приказа», «преамбула».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OrderTextField>))]
public enum OrderTextField
{
    Title,
    Preamble,
}
