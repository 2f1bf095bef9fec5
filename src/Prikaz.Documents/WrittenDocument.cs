namespace Prikaz.Documents;

/// <summary>What an <see cref="IDocumentWriter"/> wrote.</summary>
/// <param name="Bytes">The length of the file.</param>
/// <param name="Pages">
/// The number of pages where the format fixes it (PDF, from the writer's own layout); <c>null</c> for
/// formats whose pages the program that opens them decides (DOCX, HTML).
/// </param>
public sealed record WrittenDocument(long Bytes, int? Pages);
