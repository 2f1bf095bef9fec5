using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>The kind of administrative document; decides the heading word («ПРИКАЗ», «РАСПОРЯЖЕНИЕ»).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OrderKind>))]
public enum OrderKind
{
    Order,
    Directive,
}
