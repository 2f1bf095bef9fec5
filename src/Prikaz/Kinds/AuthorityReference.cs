namespace Prikaz.Kinds;

/// <summary>The authority a document is issued by, and where the file names it (for «нет профиля …»).</summary>
/// <param name="Id">The profile id: <c>templates/authorities/&lt;id&gt;.yaml</c>.</param>
/// <param name="Pointer">JSON Pointer of the value that names it, in the document's own file.</param>
public sealed record AuthorityReference(string Id, string Pointer);
