using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Amendments.Files;

/// <summary>A text of the roadmap itself an amendment can change: «наименование «дорожной карты»».</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RoadmapTextField>))]
public enum RoadmapTextField
{
    Title,
}
