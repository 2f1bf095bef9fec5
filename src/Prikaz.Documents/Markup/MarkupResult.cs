namespace Prikaz.Documents.Markup;

/// <summary>
/// The outcome of parsing markup: the document built from everything that could be read and the
/// diagnostics. Render <see cref="Document"/> only when <see cref="Succeeded"/>.
/// </summary>
/// <param name="Document">The document; parts with errors are left out.</param>
/// <param name="Diagnostics">Problems in markup order.</param>
public sealed record MarkupResult(Document Document, IReadOnlyList<MarkupDiagnostic> Diagnostics)
{
    /// <summary>True when there are no diagnostics.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
