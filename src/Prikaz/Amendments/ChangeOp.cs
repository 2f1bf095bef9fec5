using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Amendments;

/// <summary>What a change does to a unit of the signed edition; the amendment formulas follow from it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChangeOp>))]
public enum ChangeOp
{
    /// <summary>«дополнить пунктом 5.4 следующего содержания: …» — a unit the signed edition did not have.</summary>
    Add,

    /// <summary>«пункт 3.1 исключить» — the unit keeps its number, marked excluded (or, in a draft, is gone).</summary>
    Exclude,

    /// <summary>«пункт 4.4 изложить в следующей редакции: …» — the whole unit, or one field of it, anew.</summary>
    Restate,

    /// <summary>«в графе «Срок» пункта 1.2 слова «…» заменить словами «…»» — words of one field.</summary>
    ReplaceWords,
}
