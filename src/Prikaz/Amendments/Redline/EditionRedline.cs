using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Pipeline;

namespace Prikaz.Amendments.Redline;

/// <summary>A redline written in one format, or why it could not be made (the editions' own problems).</summary>
public sealed record RedlineOutcome(byte[]? Bytes, IReadOnlyList<Diagnostic> Errors);

/// <summary>
/// The redline of two editions of an order for reviewers who live in Word: both are rendered through
/// the pipeline (the new one as its consolidated edition), merged by <see cref="DocumentRedline"/> and
/// written in <paramref name="format"/>. The tracked changes are signed «Prikaz» on the date of the
/// amending order — the edition the new file adds, else its latest — never the clock.
/// </summary>
public static class EditionRedline
{
    /// <summary>The author of every tracked change of a redline.</summary>
    public const string Author = "Prikaz";

    public static RedlineOutcome Write(DocumentPipeline pipeline, DocumentWorkspace workspace, LoadedDocument old, LoadedDocument @new, ChangeList changes, string format)
    {
        var rendered = new List<Document>();
        var errors = new List<Diagnostic>();
        foreach (var edition in new[] { old, @new })
        {
            var checkedEdition = pipeline.Check(edition, workspace);
            if (!checkedEdition.CanRender)
            {
                errors.AddRange(checkedEdition.Report.Diagnostics.Where(d => d.Severity == Severity.Error));
                continue;
            }

            var document = pipeline.Render(checkedEdition);
            if (!document.Succeeded)
            {
                errors.AddRange(document.Diagnostics.Where(d => d.Severity == Severity.Error));
                continue;
            }

            rendered.Add(document.Document!);
        }

        if (errors.Count > 0)
        {
            return new RedlineOutcome(null, errors);
        }

        var redline = DocumentRedline.Between(rendered[0], rendered[1], new RevisionAuthor(Author, Date(changes, (OrderFile)@new.Model!)));
        if (!pipeline.Writers.TryGet(format, out var writer))
        {
            throw new ArgumentException($"No writer for '{format}'.", nameof(format));
        }

        using var buffer = new MemoryStream();
        writer.Write(redline, buffer);
        return new RedlineOutcome(buffer.ToArray(), []);
    }

    /// <summary>The amending order's date: the edition the new file records beyond the old one's, else the new file's latest edition, else its order's date.</summary>
    public static DateOnly Date(ChangeList changes, OrderFile @new) =>
        changes.AddedEditions.Count > 0 ? changes.AddedEditions[^1].Date
        : @new.Editions.Count > 0 ? @new.Editions[^1].Date
        : @new.Order.StampDate;
}
