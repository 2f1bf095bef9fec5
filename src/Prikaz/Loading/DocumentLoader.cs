using Prikaz.Diagnostics;
using Prikaz.Kinds;

namespace Prikaz.Loading;

/// <summary>
/// Loads a document file of any registered kind: reads the YAML, picks the kind from the root
/// <c>kind:</c> (<see cref="KindDiscriminator"/>), then validates against that kind's schema and binds
/// its model. Every problem — I/O, encoding, YAML syntax, limits, kind, schema, impossible values —
/// comes back as a diagnostic with a PRK100–PRK149 code (<see cref="LoadCodes"/>); nothing throws on bad input.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Reads and loads <paramref name="path"/>; diagnostics name <paramref name="displayPath"/> (default: the path as given).</summary>
    public static LoadedDocument Load(string path, string? displayPath = null, DocumentKinds? kinds = null)
    {
        DocumentReads.Note(path);
        var diagnostics = new List<Diagnostic>();
        return Bind(path, YamlSource.Read(path, displayPath ?? path, diagnostics), kinds ?? DocumentKinds.BuiltIn, diagnostics);
    }

    /// <summary>
    /// Reads and loads a document from <paramref name="input"/> (standard input: <c>prikaz render -</c>),
    /// with the limits and checks a file gets; diagnostics name <paramref name="displayPath"/>, and so does
    /// the document, whose references resolve from the current folder.
    /// </summary>
    public static LoadedDocument Read(Stream input, string displayPath, DocumentKinds? kinds = null)
    {
        var diagnostics = new List<Diagnostic>();
        return Bind(displayPath, YamlSource.Read(input, displayPath, diagnostics), kinds ?? DocumentKinds.BuiltIn, diagnostics);
    }

    /// <summary>Loads YAML text already in memory; diagnostics name <paramref name="displayPath"/>.</summary>
    public static LoadedDocument Parse(string text, string displayPath, DocumentKinds? kinds = null)
    {
        var diagnostics = new List<Diagnostic>();
        return Bind(displayPath, YamlSource.Parse(text, displayPath, diagnostics), kinds ?? DocumentKinds.BuiltIn, diagnostics);
    }

    private static LoadedDocument Bind(string path, YamlDocument document, DocumentKinds kinds, List<Diagnostic> diagnostics)
    {
        var kind = document.Root is null ? null : KindDiscriminator.Select(document, kinds, diagnostics);
        var model = kind is null ? null : kinds.Binding(kind).Apply(document, diagnostics) as IDocumentModel;
        return new LoadedDocument(path, kind, model, YamlSource.Sorted(diagnostics), document.Map);
    }
}
