using Prikaz.Model;

namespace Prikaz.Import.Recognition;

/// <summary>A document cited by the preamble.</summary>
internal sealed class DraftCited : DraftNode
{
    public required CitedDocument Document { get; init; }
}
