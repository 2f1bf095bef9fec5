using Prikaz.Diagnostics;
using Prikaz.Schema;

namespace Prikaz.Loading;

/// <summary>
/// Loads a YAML file into a model record in four steps, each reporting instead of throwing: read the
/// text (size, encoding), YAML → JSON with positions (<see cref="YamlSource"/>), validate against the
/// JSON Schema and bind with <see cref="ModelJson.Options"/> (<see cref="SchemaBinding"/>). Used for
/// authority profiles; document files go through <see cref="DocumentLoader"/>, which first picks the
/// schema by the document's kind.
/// </summary>
internal sealed class SchemaBoundLoader<T>
    where T : class
{
    private readonly SchemaBinding binding;

    /// <param name="schemaText">The schema JSON, generated from the same model and options used for binding.</param>
    public SchemaBoundLoader(Func<string> schemaText)
    {
        binding = new SchemaBinding(schemaText, ModelJson.TypeInfo<T>());
    }

    public Loaded<T> Load(string path, string displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        return Bind(YamlSource.Read(path, displayPath, diagnostics), diagnostics);
    }

    public Loaded<T> Parse(string text, string displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        return Bind(YamlSource.Parse(text, displayPath, diagnostics), diagnostics);
    }

    private Loaded<T> Bind(YamlDocument document, List<Diagnostic> diagnostics)
    {
        var value = binding.Apply(document, diagnostics) as T;
        return new Loaded<T>(value, YamlSource.Sorted(diagnostics), document.Map);
    }
}

/// <summary>What <see cref="SchemaBoundLoader{T}"/> produced: the value only when there are no errors.</summary>
internal sealed record Loaded<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics, SourceMap Map)
    where T : class;
