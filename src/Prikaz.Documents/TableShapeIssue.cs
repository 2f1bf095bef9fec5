namespace Prikaz.Documents;

/// <summary>The ways a table's rows can fail to fill its grid.</summary>
public enum TableShapeIssue
{
    /// <summary>A cell of the row would run past the last column; it and the cells after it are left out.</summary>
    PastLastColumn,

    /// <summary>A cell's column span runs into a cell spanning down from a row above; the span is narrowed.</summary>
    IntoSpanFromAbove,

    /// <summary>Slots of the row that no cell fills.</summary>
    EmptySlots,

    /// <summary>A row span reaches past the last row of the table; it stops at the last row.</summary>
    RowSpanPastLastRow,
}
