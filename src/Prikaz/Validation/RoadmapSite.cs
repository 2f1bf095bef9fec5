using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation;

/// <summary>
/// One roadmap of the order — the single <c>roadmap:</c> or a roadmap appendix — with its numbering and
/// where it stands, so every roadmap rule checks each of them and points into the right one.
/// </summary>
/// <param name="Pointer">JSON Pointer of the roadmap: <c>/roadmap</c> or <c>/appendices/1/roadmap</c>.</param>
/// <param name="Appendix">The appendix the roadmap is (its orientation and number).</param>
internal sealed record RoadmapSite(Roadmap Roadmap, string Pointer, RoadmapNumbering Numbering, NumberedAppendix Appendix)
{
    /// <summary>True when the roadmap table has a column with this key.</summary>
    public bool HasColumn(string key) => Roadmap.Columns.Any(column => column.Key == key);

    /// <summary>The pointer of the roadmap's member <paramref name="name"/>: <c>/roadmap/columns</c>.</summary>
    public string Member(string name) => Pointer + "/" + name;
}
