using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>Where the acquaintance list stands.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AcquaintancePlacement>))]
public enum AcquaintancePlacement
{
    /// <summary>Right after the signature, on the order's last page.</summary>
    AfterSignature,

    /// <summary>On a sheet of its own after the order's text.</summary>
    SeparateSheet,
}
