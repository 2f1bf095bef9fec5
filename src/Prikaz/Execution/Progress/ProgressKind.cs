using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Execution.Progress;

/// <summary>The <c>kind:</c> of a progress file, which a document-kind registry dispatches on.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProgressKind>))]
public enum ProgressKind
{
    Progress,
}
