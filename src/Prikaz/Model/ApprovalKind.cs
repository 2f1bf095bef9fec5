using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Model;

/// <summary>How the appendix refers to the order that approves it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ApprovalKind>))]
public enum ApprovalKind
{
    /// <summary>«УТВЕРЖДЕНА приказом … от … № …» at the top right.</summary>
    Stamp,

    /// <summary>«Приложение к приказу … от … № …» at the top right.</summary>
    Appendix,
}
