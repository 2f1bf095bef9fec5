using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Amendments.Files;

/// <summary>A field of the roadmap's passport, as an amendment names it: «раздел «Цель» паспорта».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PassportField>))]
public enum PassportField
{
    /// <summary>«Актуальность»: paragraphs.</summary>
    Relevance,

    /// <summary>«Цель»: one text.</summary>
    Goal,

    /// <summary>«Задачи»: a list.</summary>
    Tasks,

    /// <summary>«Ожидаемые результаты»: a list.</summary>
    Results,
}
