namespace Prikaz.Import.Recognition;

/// <summary>A node that only carries notes (the preamble, the signatory).</summary>
internal sealed class DraftText : DraftNode;
