namespace Prikaz.Import.Recognition;

/// <summary>A party of the registry being built.</summary>
internal sealed class DraftParty : DraftNode
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? FullName { get; set; }
}
