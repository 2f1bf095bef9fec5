namespace Prikaz.Documents;

/// <summary>
/// The writers available to a program, keyed by <see cref="IDocumentWriter.Format"/> (case-insensitive).
/// The application assembles it from the writer projects it references; this project knows none of them.
/// </summary>
public sealed class DocumentWriters
{
    private readonly Dictionary<string, IDocumentWriter> byFormat = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="writers"/>; two writers for one format are a programming error.</summary>
    public DocumentWriters(IEnumerable<IDocumentWriter> writers)
    {
        foreach (var writer in writers)
        {
            if (!byFormat.TryAdd(writer.Format, writer))
            {
                throw new ArgumentException($"Two writers for the format '{writer.Format}'.", nameof(writers));
            }
        }

        Formats = [.. byFormat.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The registered format names in ordinal order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>The writer for <paramref name="format"/>, which must be registered.</summary>
    public IDocumentWriter Get(string format) =>
        TryGet(format, out var writer) ? writer : throw new ArgumentException($"No writer for '{format}'.", nameof(format));

    /// <summary>Finds the writer for <paramref name="format"/>.</summary>
    public bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IDocumentWriter? writer) =>
        byFormat.TryGetValue(format, out writer);

    /// <summary>
    /// How wide text is in the documents' fonts: the first writer that can measure (<see cref="ITextMeasure"/>,
    /// the PDF writer), whatever formats are requested, or null when none can.
    /// </summary>
    public ITextMeasure? Measure => byFormat.Values.OfType<ITextMeasure>().FirstOrDefault();

    /// <summary>
    /// What the writers of <paramref name="formats"/> can show, for the checks: the writers that know it
    /// (<see cref="IGlyphCoverage"/>, the PDF writer), or null when none does.
    /// </summary>
    public IGlyphCoverage? CoverageOf(IEnumerable<string> formats) =>
        formats.Select(format => byFormat.GetValueOrDefault(format)).OfType<IGlyphCoverage>().FirstOrDefault();
}
