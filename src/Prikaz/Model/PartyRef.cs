using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Prikaz.Model;

/// <summary>
/// A reference to a responsible party: an id from the registry (written as a plain string in YAML),
/// optionally with a note, or free text where the party is not an organisation.
/// </summary>
[Description("Ссылка на исполнителя: идентификатор из parties, {party: id, note: …} или {text: …}.")]
[JsonConverter(typeof(PartyRefJsonConverter))]
public sealed record PartyRef
{
    [Description("Идентификатор исполнителя из parties.")]
    public string? Party { get; init; }

    [Description("Пояснение к роли исполнителя, например «(согласование)».")]
    public string? Note { get; init; }

    [Description("Свободный текст — только если исполнитель не организация (например, «специалист по методической работе»).")]
    public string? Text { get; init; }
}
