namespace Prikaz.Documents;

/// <summary>Starts a new page within the same section (a new page setup needs a new <see cref="PageSection"/>).</summary>
public sealed record PageBreak : Block;
