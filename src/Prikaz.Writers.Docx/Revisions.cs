using DocumentFormat.OpenXml;
using Prikaz.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Prikaz.Writers.Docx;

/// <summary>
/// The attributes of every Word revision of a redline: an id unique in the document (from
/// <see cref="DocxState"/>), the author and the date of <see cref="Document.RevisionAuthor"/> — the
/// order that makes the changes, never the clock.
/// </summary>
internal static class Revisions
{
    /// <summary>The author when the document names none: the tool, on the document's own date.</summary>
    public const string DefaultAuthor = "Prikaz";

    /// <summary><c>w:ins</c> or <c>w:del</c> around runs.</summary>
    public static OpenXmlCompositeElement Run(Revision revision, DocxContext context)
    {
        var (id, author, date) = Attributes(context);
        return revision == Revision.Inserted
            ? new W.InsertedRun { Id = id, Author = author, Date = date }
            : new W.DeletedRun { Id = id, Author = author, Date = date };
    }

    /// <summary>The mark of an inserted or deleted paragraph (in <c>w:pPr/w:rPr</c>) or table row (in <c>w:trPr</c>).</summary>
    public static OpenXmlElement Mark(Revision revision, DocxContext context)
    {
        var (id, author, date) = Attributes(context);
        return revision == Revision.Inserted
            ? new W.Inserted { Id = id, Author = author, Date = date }
            : new W.Deleted { Id = id, Author = author, Date = date };
    }

    private static (string Id, string Author, DateTime Date) Attributes(DocxContext context)
    {
        var author = context.Document.RevisionAuthor ?? new RevisionAuthor(DefaultAuthor, context.Document.Properties.Created);
        return (context.State.NextRevisionId(), author.Name, author.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
