namespace Prikaz.Pipeline;

/// <summary>Every requested format of one document, written in memory and not yet on disk: they are published together or not at all.</summary>
public sealed record WrittenSet(RenderedDocument Source, IReadOnlyList<WrittenFile> Files);
