using System.Text.Json.Nodes;

namespace Prikaz.Loading;

/// <summary>One problem <see cref="SchemaValidator"/> found, with what a diagnostic needs to explain it.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Property">
/// As the reference validator reports it: the member name of the checked value (null for array items and the root),
/// the missing member for <see cref="SchemaErrorKind.PropertyRequired"/>, the unexpected member for
/// <see cref="SchemaErrorKind.NoAdditionalPropertiesAllowed"/>, «[index]» for <see cref="SchemaErrorKind.ArrayItemNotValid"/>.
/// </param>
/// <param name="Pointer">
/// The JSON Pointer of <paramref name="Value"/>: for <see cref="SchemaErrorKind.PropertyRequired"/> the value
/// that lacks the member, for <see cref="SchemaErrorKind.NoAdditionalPropertiesAllowed"/> the unexpected member.
/// </param>
/// <param name="Value">The offending value (null for a JSON null).</param>
/// <param name="Schema">The (sub-)schema holding the keyword that failed.</param>
internal sealed record SchemaError(SchemaErrorKind Kind, string? Property, string Pointer, JsonNode? Value, SchemaNode Schema)
{
    /// <summary>Why an array item or an additional member does not conform (<see cref="SchemaErrorKind.ArrayItemNotValid"/>, <see cref="SchemaErrorKind.AdditionalPropertiesNotValid"/>).</summary>
    public IReadOnlyList<SchemaError> Errors { get; init; } = [];

    /// <summary>
    /// For <see cref="SchemaErrorKind.NoTypeValidates"/>: the errors of the value checked as each allowed
    /// type, in <see cref="SchemaTypes"/> order; every list is non-empty.
    /// </summary>
    public IReadOnlyList<KeyValuePair<SchemaTypes, IReadOnlyList<SchemaError>>> ErrorsByType { get; init; } = [];
}
