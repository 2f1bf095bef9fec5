namespace Prikaz.Documents;

/// <summary>What a table row is for; writers format the kinds differently.</summary>
public enum TableRowKind
{
    /// <summary>An ordinary row (a header row when <see cref="TableRow.IsHeader"/> is set).</summary>
    Normal,

    /// <summary>The «1 2 3 …» row numbering the columns under the header; centred.</summary>
    ColumnNumbers,

    /// <summary>A section heading of a roadmap: one cell spanning all columns, bold.</summary>
    Section,
}
