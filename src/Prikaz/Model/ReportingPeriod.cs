using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>The period a report covers: «ежемесячно», «ежеквартально», «по итогам полугодия», «ежегодно».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReportingPeriod>))]
public enum ReportingPeriod
{
    Month,
    Quarter,
    HalfYear,
    Year,
}
