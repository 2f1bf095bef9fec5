using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>How a date is written: «23.06.2020», «23 июня 2020» or «"23" июня 2020».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DateStyle>))]
public enum DateStyle
{
    /// <summary>«23.06.2020»: day, month and year in digits separated by dots.</summary>
    Numeric,

    /// <summary>«23 июня 2020» with the month name in the genitive; the year word is a separate setting.</summary>
    Long,

    /// <summary>«"23" июня 2020»: the day in quotation marks, as the printed forms «"__" ______ 20__ г.» have it.</summary>
    Quoted,
}
