using Prikaz.Pipeline;

namespace Prikaz.Cli;

/// <summary>Two documents whose files would have one name (<c>a/x.yaml</c> and <c>b/x.yaml</c> both → <c>x.docx</c>) would overwrite each other.</summary>
internal static class OutputNames
{
    /// <summary>The message for the first such pair, or null when every document has a name of its own.</summary>
    public static string? Clash(IEnumerable<CheckedDocument> documents) =>
        documents
            .GroupBy(document => DocumentPipeline.OutputName(document.Loaded, string.Empty), StringComparer.Ordinal)
            .FirstOrDefault(group => group.Count() > 1) is { } clash
            ? $"у файлов {string.Join(" и ", clash.Select(document => document.Path))} одно имя документа «{clash.Key.TrimEnd('.')}» — документы перезаписали бы друг друга"
            : null;
}
