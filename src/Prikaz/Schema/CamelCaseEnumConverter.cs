using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prikaz.Schema;

/// <summary>
/// Enum values of the model as camelCase words («landscape», «oneLine»), never numbers. Generic per
/// enum and attached to each enum type, so binding needs no runtime code generation (native AOT).
/// </summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
