namespace Prikaz.Loading;

/// <summary>
/// Where each value of a loaded file stands in its YAML text, keyed by JSON Pointer
/// (<c>/roadmap/sections/2/items/0/deadline</c>). Lets schema errors and semantic rules, which see
/// only JSON paths and model objects, report <c>file:line:col</c>.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourcePosition> positions = new(StringComparer.Ordinal);

    /// <summary>The file the positions belong to, as it should be shown to the user.</summary>
    public string File { get; }

    public SourceMap(string file) => File = file;

    /// <summary>Records where the value at <paramref name="pointer"/> starts.</summary>
    public void Add(string pointer, SourcePosition position) => positions[pointer] = position;

    /// <summary>
    /// The position of the value at <paramref name="pointer"/>, or of its nearest ancestor that has one
    /// (a missing property is reported where its parent mapping starts); 0:0 when nothing is known.
    /// </summary>
    public SourcePosition Locate(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return SourcePosition.None;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }
}
